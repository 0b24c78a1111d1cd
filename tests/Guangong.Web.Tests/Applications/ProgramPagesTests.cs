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

        // One bad score among many: the page marks it and keeps every line typed (all 28 boxes had come back empty).
        var fields = HtmlForm.Fields(review, "application-review").ToList();
        var scores = fields.Where(f => f.Key.EndsWith(".Score", StringComparison.Ordinal)).Select(f => f.Key).ToList();
        Assert.True(scores.Count > 2);
        fields = [.. fields.Select(f => f.Key == scores[0] ? new KeyValuePair<string, string>(f.Key, "4.5")
            : f.Key == scores[0].Replace(".Score", ".Note", StringComparison.Ordinal) ? new KeyValuePair<string, string>(f.Key, "台账齐全")
            : f.Key == scores[^1] ? new KeyValuePair<string, string>(f.Key, "abc") : f)];
        var refused = WebUtility.HtmlDecode(await (await district.PostAsync($"/applications/{application.Id}", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync());
        Assert.Contains("validation-message", refused);
        Assert.Contains("value=\"4.5\"", refused);
        Assert.Contains("value=\"台账齐全\"", refused);
        Assert.Contains("value=\"abc\"", refused);
        Assert.Null((await App.WithDbAsync(db => db.StationApplications.AsNoTracking().SingleAsync(a => a.Id == application.Id))).ReviewTotal);

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

/// <summary>Form pages of the programs refuse bad input with messages beside the fields and save nothing; SQLite only.</summary>
public sealed class ProgramFormTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task The_standard_form_shows_each_bad_field_and_changes_nothing()
    {
        var template = await App.WithDbAsync(db => db.AssessmentTemplates.AsNoTracking().Include(t => t.Criteria).SingleAsync(t => t.Program == ProgramKind.Station && t.IsCurrent && t.Unit!.Name == "天宁区关工委"));
        var district = await App.SignedInAsync("tianning-gw");
        var page = WebUtility.HtmlDecode(await district.GetStringAsync($"/assessments/templates/{template.Id}"));
        Assert.Contains("明确站长，职责清楚", page);
        Assert.DoesNotContain("只能查看", page);
        var response = await district.PostFormAsync($"/assessments/templates/{template.Id}", "template", new Dictionary<string, string>
        {
            ["Input.Version"] = template.Version.ToString(),
            ["Input.Name"] = template.Name,
            ["Input.Program"] = "Station",
            ["Input.FromYear"] = "1999",
            ["Input.Thresholds"] = "合格六十",
            ["Input.Criteria[0].GroupName"] = "组织领导有力",
            ["Input.Criteria[0].Text"] = "明确站长",
            ["Input.Criteria[0].MaxPoints"] = "abc",
            ["Input.Criteria[0].Scoring"] = "Points",
            ["Input.Criteria[0].EvidenceRequired"] = "true",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("起用年度应为2000", html);
        Assert.Contains("等级分数线应写成", html);
        Assert.Contains("分值应为1至100的整数", html);
        var after = await App.WithDbAsync(db => db.AssessmentTemplates.AsNoTracking().Include(t => t.Criteria).SingleAsync(t => t.Id == template.Id));
        Assert.Equal(template.Version, after.Version);
        Assert.True(after.IsCurrent);
        Assert.Equal(template.Criteria.Count, after.Criteria.Count);

        // The town sees the district's standard but cannot change it.
        var town = WebUtility.HtmlDecode(await (await App.SignedInAsync("zhenglu")).GetStringAsync($"/assessments/templates/{template.Id}"));
        Assert.Contains("本标准由上级单位制定，只能查看", town);
    }

    [Fact]
    public async Task The_station_form_refuses_a_town_as_host_and_a_bad_phone()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var officer = await App.SignedInAsync("zhenglu");
        var response = await officer.PostFormAsync("/stations/new", "station", new Dictionary<string, string>
        {
            ["Input.Name"] = "表单测试辅导站",
            ["Input.UnitId"] = town.Id.ToString(),
            ["Input.Stage"] = "Creating",
            ["Input.Phone"] = "12345",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("请选择所在的村（社区）关工委", html);
        Assert.Contains("电话应为11位手机号", html);
        Assert.False(await App.WithDbAsync(db => db.Stations.AnyAsync(s => s.Name == "表单测试辅导站")));
    }
}
