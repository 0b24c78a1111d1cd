using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Guangong.Web.Tests.Infrastructure;

public sealed class ErrorPageTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task A_failure_shows_the_chinese_error_page_with_a_reference_and_no_stack_trace()
    {
        await using var app = fixture.App.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, ThrowingEndpoint>()));
        var response = await app.CreateClient().GetAsync(ThrowingEndpoint.Path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("出错了", html);
        Assert.Contains("参考编号", html);
        Assert.DoesNotContain("secret detail", html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain(" at ", html);
    }

    /// <summary>A request that fails after the platform's pipeline has run, as a bug in a page would.</summary>
    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public const string Path = "/__test-failure";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map(Path, b => b.Run(_ => throw new InvalidOperationException("secret detail")));
        };
    }
}
