using System.Net;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Dictionaries;

/// <summary>The dictionary page keeps what the administrator typed: a 排序号 that is not a number is refused beside it, never saved as a default.</summary>
public sealed class DictionaryPageTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_sort_number_that_is_not_a_number_is_refused_beside_the_field_and_nothing_is_saved()
    {
        var admin = await App.SignedInAsync("admin");
        var url = "/admin/dictionaries?kind=" + Uri.EscapeDataString("五老类别");
        var value = "老测试员" + Guid.NewGuid().ToString("N")[..4];

        var refused = await admin.PostFormAsync(url, "dictionary-add", new Dictionary<string, string> { ["Input.Value"] = value, ["Input.SortOrder"] = "abc" });
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("排序号须为0到9999之间的整数。", page);
        Assert.Contains("value=\"abc\"", page);
        Assert.False(await App.WithDbAsync(db => db.DictionaryItems.AnyAsync(d => d.Value == value)));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(url, "dictionary-add", new Dictionary<string, string> { ["Input.Value"] = value, ["Input.SortOrder"] = "15" })).StatusCode);
        Assert.Equal(15, await App.WithDbAsync(db => db.DictionaryItems.Where(d => d.Value == value).Select(d => d.SortOrder).SingleAsync()));
    }
}
