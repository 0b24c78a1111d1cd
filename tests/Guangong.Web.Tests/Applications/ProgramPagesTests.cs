using System.Net;
using Guangong.Web.Features.Applications;
using Guangong.Web.Features.Assessments;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Applications;

/// <summary>The program pages open for the demo users and show bad input beside the field; SQLite only.</summary>
public sealed class ProgramPagesTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_score_above_the_maximum_posted_on_the_page_is_shown_beside_it_and_not_saved()
    {
        var assessment = await App.WithDbAsync(db => db.Assessments.AsNoTracking().Include(a => a.Scores)
            .SingleAsync(a => a.SubjectName == "舜山村校外教育辅导站" && a.Status == AssessmentStatus.Draft));
        var officer = await App.SignedInAsync("zhenglu");
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/assessments/{assessment.Id}"));
        Assert.Contains("保存自评", page);
        Assert.Contains("差距与整改", page);
        var first = assessment.Scores.OrderBy(s => s.Id).First();
        var response = await officer.PostFormAsync($"/assessments/{assessment.Id}", "self", new Dictionary<string, string>
        {
            ["Input.Version"] = assessment.Version.ToString(),
            ["Input.Lines[0].CriterionId"] = first.CriterionId.ToString(),
            ["Input.Lines[0].Score"] = "99",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("validation-message\">得分不能超过该项满分", html);
        var after = await App.WithDbAsync(db => db.Assessments.AsNoTracking().Include(a => a.Scores).SingleAsync(a => a.Id == assessment.Id));
        Assert.Equal(assessment.Version, after.Version);
        Assert.Equal(first.SelfScore, after.Scores.Single(s => s.Id == first.Id).SelfScore);
    }

    [Fact]
    public async Task The_district_officer_sees_the_review_form_and_the_town_does_not_and_the_form_exports_as_docx()
    {
        var application = await App.WithDbAsync(db => db.StationApplications.AsNoTracking().SingleAsync(a => a.StationName == "焦溪村校外教育辅导站" && a.Title == "市优"));
        var district = await App.SignedInAsync("tianning-gw");
        var review = WebUtility.HtmlDecode(await district.GetStringAsync($"/applications/{application.Id}"));
        Assert.Contains("逐项审核", review);
        Assert.Contains("郑陆镇关工委干事 提交", review);
        var town = await App.SignedInAsync("zhenglu");
        var own = WebUtility.HtmlDecode(await town.GetStringAsync($"/applications/{application.Id}"));
        Assert.DoesNotContain("逐项审核", own);
        Assert.DoesNotContain("提交上级审核", own);

        var file = await town.GetAsync($"/applications/{application.Id}/form.docx");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.SignedInAsync("wushenzhao")).GetAsync($"/applications/{application.Id}/form.docx")).StatusCode);

        foreach (var url in new[] { "/stations", "/assessments", "/assessments/templates", "/applications?queue=1", "/bases", "/enterprises" })
        {
            Assert.Equal(HttpStatusCode.OK, (await district.GetAsync(url)).StatusCode);
        }

        var station = await App.WithDbAsync(db => db.Stations.AsNoTracking().SingleAsync(s => s.Name == "焦溪村校外教育辅导站"));
        var detail = WebUtility.HtmlDecode(await town.GetStringAsync($"/stations/{station.Id}"));
        Assert.Contains("区优", detail);
        Assert.Contains("辅导站周末读书会", detail);
        Assert.Equal(HttpStatusCode.OK, (await town.GetAsync($"/assessments/history?program=Station&subject={station.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.SignedInAsync("wushenzhao")).GetAsync($"/stations/{station.Id}")).StatusCode);
    }
}
