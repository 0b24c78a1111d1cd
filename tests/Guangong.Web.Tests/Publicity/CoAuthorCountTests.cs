using System.Net;
using Guangong.Web.Tests.Infrastructure;

namespace Guangong.Web.Tests.Publicity;

/// <summary>
/// The month's statistics credit every author of an article written together and its own unit once: the page says so
/// where it happens, since the people's figures then add up to more than the month's (a walk read it as a miscount).
/// </summary>
public sealed class CoAuthorCountTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task A_month_with_an_article_written_together_says_how_it_is_counted()
    {
        // The demo's June 2023 at 乌审召: 其其格 and 王晓燕 wrote "老少同行"读书分享会 together.
        var officer = await fixture.App.SignedInAsync("wushenzhao");
        var june = WebUtility.HtmlDecode(await officer.GetStringAsync("/publicity/scores?year=2023&month=6"));
        Assert.Contains("data-testid=\"co-authors\"", june);
        Assert.Contains("合写的稿件，每位作者各计一篇报送", june);

        var january = WebUtility.HtmlDecode(await officer.GetStringAsync("/publicity/scores?year=2023&month=1"));
        Assert.DoesNotContain("co-authors", january);
    }
}
