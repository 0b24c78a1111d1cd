using System.Net;
using Guangong.Web.Tests.Infrastructure;

namespace Guangong.Web.Tests.Notices;

/// <summary>The 发通知 form as a browser posts it, to chosen units ticked as checkboxes.</summary>
public sealed class NoticePageTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task The_form_issues_to_the_ticked_unit_only_and_refuses_a_missing_deadline_when_replies_are_wanted()
    {
        var jiaoxi = await fixture.App.UnitAsync("焦溪村关工委");
        var officer = await fixture.App.SignedInAsync("zhenglu");
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "关于检查校外辅导站台账的通知",
            ["Input.Body"] = "请准备好台账。",
            ["Input.Audience"] = "Chosen",
            ["unit"] = jiaoxi.Id.ToString(),
            ["Input.ReplyRequired"] = "true",
        };
        var refused = await officer.PostFormAsync("/notices/new", "notice-create", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("要求回复的通知请填写回复期限。", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));

        fields["Input.ReplyRequired"] = string.Empty;
        var issued = await officer.PostFormAsync("/notices/new", "notice-create", fields);
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        Assert.Matches(@"/notices/\d+\?issued=1$", issued.Headers.Location!.OriginalString);

        var village = WebUtility.HtmlDecode(await (await fixture.App.SignedInAsync("zl-jiaoxi")).GetStringAsync("/"));
        Assert.Contains("关于检查校外辅导站台账的通知", village);
        var school = WebUtility.HtmlDecode(await (await fixture.App.SignedInAsync("wsz-school")).GetStringAsync("/notices"));
        Assert.DoesNotContain("关于检查校外辅导站台账的通知", school);
    }

    [Fact]
    public async Task The_district_viewer_reads_the_notices_the_district_sent()
    {
        // 上级查看 sends nothing but reads what its unit sent; a volunteer sees only what reaches them.
        var titles = await fixture.App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Notices.Where(n => db.Units.Any(u => u.Id == n.UnitId && u.Name == "天宁区关工委")).Select(n => n.Title)));
        Assert.NotEmpty(titles);
        var viewer = await fixture.App.SignedInAsync("tianning");
        Assert.Contains("发出的通知", WebUtility.HtmlDecode(await viewer.GetStringAsync("/notices")));
        var sent = WebUtility.HtmlDecode(await viewer.GetStringAsync("/notices?box=sent"));
        Assert.All(titles, t => Assert.Contains(t, sent));
        Assert.DoesNotContain("/notices/new", sent);
        Assert.DoesNotContain("发出的通知", WebUtility.HtmlDecode(await (await fixture.App.SignedInAsync("wsz-elder")).GetStringAsync("/notices")));
    }
}
