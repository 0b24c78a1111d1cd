using System.Net;
using Guangong.Documents.Plans;
using Guangong.Web.Features.Assessments;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Assessments;

/// <summary>A rules document becomes a checklist template: read into the form, saved only when the officer saves; run once per provider.</summary>
public abstract class RulesTemplateTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private const string Rules = """
        郑陆镇校外教育辅导站管理办法
        第一章　组织管理
        第一条　辅导站由村（社区）关工委主办，站长由关工委主任兼任。
        第二条　辅导站每年制定工作计划，年底有总结。
        第二章　活动开展
        第三条　辅导站每月至少开展一次活动，活动有记录、有照片。寒暑假期间每周开放不少于两次。
        """;

    [Fact]
    public void Articles_become_met_or_not_criteria_grouped_by_their_chapter_with_the_whole_article_as_guidance()
    {
        var input = RulesTemplateDraft.From(PlanTextParser.Parse(Rules), null);

        Assert.Equal("郑陆镇校外教育辅导站管理办法", input.Name);
        var criteria = input.Criteria.Where(c => !string.IsNullOrEmpty(c.Text)).ToList();
        Assert.Equal(3, criteria.Count);
        Assert.Equal(["组织管理", "组织管理", "活动开展"], criteria.Select(c => c.GroupName));
        Assert.Equal("辅导站每月至少开展一次活动，活动有记录、有照片。", criteria[2].Text);
        Assert.Equal("辅导站每月至少开展一次活动，活动有记录、有照片。寒暑假期间每周开放不少于两次。", criteria[2].Guidance);
        Assert.All(criteria, c => Assert.Equal(nameof(ScoringKind.MetOrNot), c.Scoring));
        // No year is taken from today: the document has no date, so the officer writes it.
        Assert.Null(input.FromYear);
    }

    [Fact]
    public async Task The_officer_reads_rules_into_the_new_template_form_and_nothing_is_saved_until_they_save()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var before = await App.WithDbAsync(db => db.AssessmentTemplates.IgnoreQueryFilters().CountAsync());

        var read = await officer.PostFormAsync("/assessments/templates/new", "rules-read", new Dictionary<string, string> { ["text"] = Rules });
        var html = WebUtility.HtmlDecode(await read.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("已按制度条款生成 3 条评估内容", html);
        Assert.Contains("辅导站由村（社区）关工委主办，站长由关工委主任兼任。", html);
        Assert.Equal(before, await App.WithDbAsync(db => db.AssessmentTemplates.IgnoreQueryFilters().CountAsync()));

        var empty = await officer.PostFormAsync("/assessments/templates/new", "rules-read", new Dictionary<string, string> { ["text"] = " " });
        Assert.Contains("请上传制度文件，或粘贴制度全文。", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));

        var fields = HtmlForm.Fields(await read.Content.ReadAsStringAsync(), "template").With("Input.FromYear", "2026").With("Input.Thresholds", "合格=2；优秀=3");
        var page = await officer.GetStringAsync("/assessments/templates/new");
        fields.With("__RequestVerificationToken", HttpSession.AntiforgeryToken(page));
        var saved = await officer.PostAsync("/assessments/templates/new", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var template = await App.WithDbAsync(db => db.AssessmentTemplates.Include(t => t.Criteria).OrderByDescending(t => t.Id).FirstAsync());
        Assert.Equal("郑陆镇校外教育辅导站管理办法", template.Name);
        Assert.Equal(3, template.Criteria.Count);
    }

    [Fact]
    public async Task The_plan_import_offers_a_checklist_for_a_rules_document()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var page = await officer.GetStringAsync("/plans/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("plan-parse"), "_handler" },
            { new StringContent(HttpSession.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(Rules), "text" },
        };
        var html = await (await officer.PostAsync("/plans/import", form)).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"rules-to-template\"", html);
        Assert.Contains("action=\"/assessments/templates/new\"", html);
    }
}

public sealed class RulesTemplateTestsOnSqlite(SqliteAppFixture fixture) : RulesTemplateTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class RulesTemplateTestsOnPostgres(PostgresAppFixture fixture) : RulesTemplateTests(fixture), IClassFixture<PostgresAppFixture>;
