using System.Net;
using Guangong.Web.Tests.Infrastructure;

namespace Guangong.Web.Tests.People;

/// <summary>A page that shows one year opens on the latest year that has records, not on an empty current year.</summary>
public sealed class YearDefaultTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task Training_hours_open_on_the_latest_year_with_training_and_any_year_can_still_be_chosen()
    {
        var officer = await fixture.App.SignedInAsync("wushenzhao");
        var opened = WebUtility.HtmlDecode(await officer.GetStringAsync("/training/hours"));
        Assert.Contains("2023年培训学时统计", opened);
        Assert.DoesNotContain("还没有培训记录", opened);

        var chosen = WebUtility.HtmlDecode(await officer.GetStringAsync("/training/hours?year=2021"));
        Assert.Contains("2021年还没有培训记录", chosen);
    }
}
