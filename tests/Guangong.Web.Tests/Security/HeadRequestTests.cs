using System.Net;
using Guangong.Web.Tests.Infrastructure;

namespace Guangong.Web.Tests.Security;

/// <summary>HEAD is answered as GET without a body (uptime monitors and link checkers use it); it was 405.</summary>
public sealed class HeadRequestTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Theory]
    [InlineData("/login", HttpStatusCode.OK)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/activities", HttpStatusCode.Redirect)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    public async Task A_head_request_gets_the_status_and_headers_of_the_get_and_no_body(string url, HttpStatusCode expected)
    {
        var client = fixture.App.Browser();
        var get = await client.GetAsync(url);

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(expected, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_signed_in_head_of_a_page_is_answered_like_its_get()
    {
        var client = await fixture.App.SignedInAsync("zhenglu");

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/activities"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
