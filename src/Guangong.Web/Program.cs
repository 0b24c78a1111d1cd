using Guangong.Web;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Diagnostics;

StartupClock.Start();
var builder = WebApplication.CreateBuilder(args);
StartupClock.Step("host builder");
builder.AddGuangongPlatform();
StartupClock.Step("services");

var app = builder.Build();
StartupClock.Step("build");
if (await app.RunCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

await app.PrepareDatabaseAsync();
app.UseGuangongPipeline();
app.MapGuangongEndpoints();
StartupClock.Step("pipeline and endpoints");
StartupClock.ReportWhenListening(app);
await app.RunAsync();
return 0;

/// <summary>Visible to the integration tests (WebApplicationFactory).</summary>
public partial class Program;
