using Guangong.Web;
using Guangong.Web.Infrastructure.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddGuangongPlatform();

var app = builder.Build();
if (await app.RunCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

await app.PrepareDatabaseAsync();
app.UseGuangongPipeline();
app.MapGuangongEndpoints();
await app.RunAsync();
return 0;

/// <summary>Visible to the integration tests (WebApplicationFactory).</summary>
public partial class Program;
