using System.Net;
using Guangong.Web.Tests.Infrastructure;

namespace Guangong.Web.Tests.Audit;

/// <summary>The audit page's date filter: its boxes say which is which, and dates given the wrong way round are said so, not answered with an empty list alone.</summary>
public sealed class AuditPageFilterTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task A_start_date_after_the_end_date_is_said_so_and_the_date_boxes_are_labelled()
    {
        var admin = await fixture.App.SignedInAsync("admin");
        var reversed = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit?from=2026-12-05&to=2026-12-01"));
        Assert.Contains("开始日期（2026年12月5日）晚于结束日期（2026年12月1日）", reversed);
        Assert.Contains("<label class=\"input-group-text\" for=\"from\">开始日期</label>", reversed);

        var ordered = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit?from=2026-12-01&to=2026-12-05"));
        Assert.DoesNotContain("晚于结束日期", ordered);
    }
}
