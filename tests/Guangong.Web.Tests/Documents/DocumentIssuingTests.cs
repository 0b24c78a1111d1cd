using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Guangong.Web.Tests.Documents;

/// <summary>Issuing a plan's notice and the year-end summary under the unit's 发文字号; run once per provider.</summary>
public abstract class DocumentIssuingTests(AppFixture fixture)
{
    private const string Handler = "issue-document";

    private GuangongApp App => fixture.App;

    // HtmlForm reads inputs and textareas, not selects: the 版式 a browser would post is set explicitly.

    [Fact]
    public async Task A_notice_is_issued_with_the_next_number_under_the_red_head_and_downloads_as_issued()
    {
        var plan = await PlanAsync();
        var officer = await App.SignedInAsync("wushenzhao");
        var page = $"/plans/{plan}/issue/notice";
        var html = WebUtility.HtmlDecode(await officer.GetStringAsync(page));
        Assert.Contains("下一个发文字号：<strong>乌召关发〔2023〕1号</strong>", html);

        var fields = HtmlForm.Fields(await officer.GetStringAsync(page), Handler);
        Assert.Equal("2023-04-05", Value(fields, "Input.Date"));
        Assert.Equal("乌审召镇关心下一代工作委员会", Value(fields, "Input.Signer"));
        // The imported plan's own recipients, as the office wrote them.
        Assert.Equal("各嘎查（村）、社区、各相关单位", Value(fields, "Input.Recipients"));
        var response = await officer.PostFormAsync(page, Handler, fields.With("Input.Format", "文件").With("Input.CopyTo", "乌审旗关工委").ToDictionary());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Posting the same form again issues nothing more.
        await officer.PostFormAsync(page, Handler, fields.ToDictionary());

        var issued = await App.WithDbAsync(db => db.IssuedDocuments.Where(d => d.PlanId == plan && d.Kind == Features.Documents.DocumentKind.PlanNotice).ToListAsync());
        var notice = Assert.Single(issued);
        Assert.Equal("乌召关发〔2023〕1号", notice.Number);
        Assert.Equal(new DateOnly(2023, 4, 5), notice.DocumentDate);
        var file = await officer.GetByteArrayAsync($"/documents/{notice.Id}/file");
        Assert.Equal(notice.Content, file);
        Assert.Equal(file, await officer.GetByteArrayAsync($"/documents/{notice.Id}/file"));
        var text = Text(file);
        Assert.StartsWith("乌审召镇关心下一代工作委员会文件乌召关发〔2023〕1号", text);
        Assert.Contains("各嘎查（村）、社区、各相关单位：现将《乌审召镇2023年关心下一代工作计划》印发给你们，请认真贯彻落实。", text);
        Assert.Contains("2023年4月5日", text);
        Assert.Contains("抄送：乌审旗关工委。", text);
        Assert.DoesNotContain("2026年", text);

        // The next one gets 2; the register lists both; nobody else's scope sees them.
        fields = HtmlForm.Fields(await officer.GetStringAsync(page), Handler);
        var second = await officer.PostFormAsync(page, Handler, fields.With("Input.Format", "文件").ToDictionary());
        Assert.True(HttpStatusCode.Redirect == second.StatusCode, Messages(await second.Content.ReadAsStringAsync()));
        var api = await App.ApiClientAsync("wushenzhao");
        var register = await api.GetFromJsonAsync<JsonElement>($"/api/v1/documents/register?year=2023");
        Assert.Equal(["乌召关发〔2023〕2号", "乌召关发〔2023〕1号"], register.EnumerateArray().Select(r => r.GetProperty("number").GetString()).Where(n => n!.Length > 0));
        var other = await App.ApiClientAsync("zhenglu");
        Assert.DoesNotContain((await other.GetFromJsonAsync<JsonElement>("/api/v1/documents/register?year=2023")).EnumerateArray(),
            r => r.GetProperty("number").GetString()!.StartsWith("乌召", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.SignedInAsync("zhenglu")).GetAsync($"/documents/{notice.Id}/file")).StatusCode);
    }

    [Fact]
    public async Task Only_the_plans_own_unit_issues_in_its_name()
    {
        // The district reads and corrects a town's plan through its scope; it does not sign or number the town's documents.
        var plan = await App.WithDbAsync(db => db.WorkPlans.Where(p => p.Unit!.Name == "郑陆镇关工委").Select(p => p.Id).FirstAsync());
        var district = await App.SignedInAsync("tianning-gw");
        Assert.DoesNotContain($"/plans/{plan}/issue/notice", await district.GetStringAsync($"/plans/{plan}"));
        const string refusal = "以郑陆镇关工委的名义发文、使用它的署名和发文字号、修改它的发文设置，都须由郑陆镇关工委的干事办理。";
        var page = $"/plans/{plan}/issue/notice";
        var shown = WebUtility.HtmlDecode(await district.GetStringAsync(page));
        Assert.Contains(refusal, shown);
        Assert.DoesNotContain("下一个发文字号", shown);

        // The town's own form, posted by the district, issues nothing.
        var town = await App.SignedInAsync("zhenglu");
        Assert.Contains($"/plans/{plan}/issue/notice", await town.GetStringAsync($"/plans/{plan}"));
        var fields = HtmlForm.Fields(await town.GetStringAsync(page), Handler).With("Input.Format", "文件");
        var before = await App.WithDbAsync(db => db.IssuedDocuments.CountAsync());
        var posted = await district.PostFormAsync(page, Handler, fields.Where(f => f.Key != "__RequestVerificationToken").ToDictionary());
        Assert.NotEqual(HttpStatusCode.Redirect, posted.StatusCode);

        // The command itself refuses, whichever way the district reaches it.
        var districtUnit = await App.UnitAsync("天宁区关工委");
        var userId = await App.WithDbAsync(db => db.Users.Where(u => u.UserName == "tianning-gw").Select(u => u.Id).SingleAsync());
        await using (var acting = Features.Demo.DemoActor.Acting(App.Services, districtUnit, userId, "tianning-gw", "天宁区关工委干事", Features.Accounts.RoleNames.Officer))
        {
            var issuing = acting.ServiceProvider.GetRequiredService<Features.Plans.Issue.IssueDocument>();
            var form = (await issuing.PrepareAsync(plan, Features.Documents.DocumentKind.PlanNotice))!;
            Assert.Equal(refusal, form.NotIssuer?[(form.NotIssuer.IndexOf('以'))..]);
            form.Defaults.Format = "文件";
            var result = await issuing.IssueAsync(plan, Features.Documents.DocumentKind.PlanNotice, form.Defaults);
            Assert.Contains(result.Errors, e => e.Message.EndsWith(refusal, StringComparison.Ordinal));
        }

        Assert.Equal(before, await App.WithDbAsync(db => db.IssuedDocuments.CountAsync()));
    }

    [Fact]
    public async Task Next_years_plan_is_issued_in_december_under_this_years_number()
    {
        // A 2027 工作意见 signed on 2026-12-07 was refused both ways: "不能早于2027年", and 2027 dates "不能晚于今天".
        var today = Guangong.Web.Infrastructure.Time.ChinaTime.Today(TimeProvider.System);
        var town = await App.UnitAsync("郑陆镇关工委");
        var title = $"郑陆镇{today.Year + 1}年关心下一代工作意见（发文测试{Guid.NewGuid():N}"[..30] + "）";
        var plan = await App.WithDbAsync(async db =>
        {
            var p = new Features.Plans.WorkPlan { UnitId = town.Id, Year = today.Year + 1, Title = title };
            db.WorkPlans.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var officer = await App.SignedInAsync("zhenglu");
        var page = $"/plans/{plan}/issue/notice";
        var fields = HtmlForm.Fields(await officer.GetStringAsync(page), Handler)
            .With("Input.Date", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).With("Input.Format", "文件").With("Input.Recipients", "各村（社区）关工委");
        var response = await officer.PostFormAsync(page, Handler, fields.ToDictionary());
        Assert.True(HttpStatusCode.Redirect == response.StatusCode, Messages(await response.Content.ReadAsStringAsync()));
        var notice = await App.WithDbAsync(db => db.IssuedDocuments.SingleAsync(d => d.PlanId == plan));
        Assert.Contains($"〔{today.Year}〕", notice.Number);
    }

    [Fact]
    public async Task A_second_tab_does_not_issue_the_same_notice_again()
    {
        // Two tabs of one notice each took a number (〔2023〕1号 and 2号), and an issued number is never voided.
        var town = await App.UnitAsync("郑陆镇关工委");
        var plan = await App.WithDbAsync(async db =>
        {
            var p = new Features.Plans.WorkPlan { UnitId = town.Id, Year = 2023, Title = $"两个标签页测试计划{Guid.NewGuid():N}"[..16] };
            db.WorkPlans.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var officer = await App.SignedInAsync("zhenglu");
        var page = $"/plans/{plan}/issue/notice";
        List<KeyValuePair<string, string>> Tab(string html) => HtmlForm.Fields(html, Handler)
            .With("Input.Date", "2023-03-01").With("Input.Format", "文件").With("Input.Recipients", "各村（社区）关工委");
        var first = Tab(await officer.GetStringAsync(page));
        var second = Tab(await officer.GetStringAsync(page));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(page, Handler, first.ToDictionary())).StatusCode);
        var refused = WebUtility.HtmlDecode(await (await officer.PostFormAsync(page, Handler, second.ToDictionary())).Content.ReadAsStringAsync());
        Assert.Contains("这份文件刚刚已经印发：郑关工发〔2023〕", refused);
        Assert.Equal(1, await App.WithDbAsync(db => db.IssuedDocuments.CountAsync(d => d.PlanId == plan)));

        // Opened again, the page says what was issued; a deliberate reissue then goes through.
        var again = WebUtility.HtmlDecode(await officer.GetStringAsync(page));
        Assert.Contains("本计划的这份文件已经印发：郑关工发〔2023〕", again);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(page, Handler, Tab(again).ToDictionary())).StatusCode);
        Assert.Equal(2, await App.WithDbAsync(db => db.IssuedDocuments.CountAsync(d => d.PlanId == plan)));
    }

    [Fact]
    public async Task Bad_input_is_answered_beside_its_field_and_nothing_is_issued()
    {
        var plan = await PlanAsync("郑陆镇2023年关心下一代工作意见");
        var officer = await App.SignedInAsync("zhenglu");
        var page = $"/plans/{plan}/issue/notice";
        async Task<string> RefusedAsync(string field, string value)
        {
            var fields = HtmlForm.Fields(await officer.GetStringAsync(page), Handler).With("Input.Format", "文件").With("Input.Date", "2023-03-01");
            var response = await officer.PostFormAsync(page, Handler, fields.With(field, value).ToDictionary());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }

        Assert.Contains("日期不能晚于今天", await RefusedAsync("Input.Date", "2099-05-01"));
        // A year's plan may be issued in the year before it, not earlier.
        Assert.Contains("日期不能早于2022年1月1日", await RefusedAsync("Input.Date", "2021-12-31"));
        Assert.Contains("请填写日期", await RefusedAsync("Input.Date", ""));
        // Worded as every other date field's refusal.
        Assert.Contains(Guangong.Web.Infrastructure.Time.DateField.FormatMessage, await RefusedAsync("Input.Date", "去年"));
        Assert.Contains(Guangong.Web.Infrastructure.Time.DateField.FormatMessage, await RefusedAsync("Input.Date", "2099-13-45"));
        Assert.Contains("请填写主送机关", await RefusedAsync("Input.Recipients", " "));
        Assert.Contains("请填写主送机关", await RefusedAsync("Input.Recipients", "、："));
        Assert.Contains("署名应是发文机关“郑陆镇关心下一代工作委员会”", await RefusedAsync("Input.Signer", "郑陆镇人民政府"));
        Assert.Contains("序号要填1到9999之间的整数", await RefusedAsync("Input.Sequence", "第3"));
        Assert.Equal(0, await App.WithDbAsync(db => db.IssuedDocuments.CountAsync(d => d.PlanId == plan)));

        // A number typed by hand is taken; typing it again is refused; the counter then goes on past it.
        var typed = HtmlForm.Fields(await officer.GetStringAsync(page), Handler).With("Input.Format", "文件").With("Input.Date", "2023-03-01").With("Input.Sequence", "7");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(page, Handler, typed.ToDictionary())).StatusCode);
        Assert.Contains("郑关工发〔2023〕7号已经发过，号不能重复使用", await RefusedAsync("Input.Sequence", "7"));
        Assert.Contains("下一个发文字号：<strong>郑关工发〔2023〕8号</strong>", WebUtility.HtmlDecode(await officer.GetStringAsync(page)));
        Assert.Equal(1, await App.WithDbAsync(db => db.IssuedDocuments.CountAsync(d => d.PlanId == plan)));
    }

    [Fact]
    public async Task The_officer_types_the_code_alone_and_the_numbers_follow_the_standard()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var form = WebUtility.HtmlDecode(await officer.GetStringAsync("/documents/profile"));
        Assert.Contains("value=\"郑关工发\"", form);
        Assert.DoesNotContain("{year}", form);
        var fields = HtmlForm.Fields(form, "issuing-profile");
        async Task<string> PostAsync(string code) =>
            WebUtility.HtmlDecode(await (await officer.PostFormAsync("/documents/profile", "issuing-profile", fields.With("Input.Code", code).ToDictionary())).Content.ReadAsStringAsync());

        Assert.Contains("机关代字只写代字本身", await PostAsync("郑关工发〔2023〕号"));
        Assert.Contains("请填写机关代字", await PostAsync(" "));
        var unit = await App.UnitAsync("郑陆镇关工委");
        Assert.Equal("郑关工发〔{year}〕{n}号", await App.WithDbAsync(db => db.IssuingProfiles.Where(p => p.UnitId == unit.Id).Select(p => p.NumberPattern).SingleAsync()));

        async Task<string> StoredAsync() => await App.WithDbAsync(db => db.IssuingProfiles.Where(p => p.UnitId == unit.Id).Select(p => p.NumberPattern).SingleAsync());
        async Task<string> SaveAsync(string code)
        {
            var fresh = HtmlForm.Fields(WebUtility.HtmlDecode(await officer.GetStringAsync("/documents/profile")), "issuing-profile");
            return WebUtility.HtmlDecode(await (await officer.PostFormAsync("/documents/profile", "issuing-profile", fresh.With("Input.Code", code).ToDictionary())).Content.ReadAsStringAsync());
        }

        Assert.Contains("已保存", await SaveAsync(" 郑关工函 "));
        Assert.Equal("郑关工函〔{year}〕{n}号", await StoredAsync());
        // A pattern typed with its places, as the form asked before, is kept as typed; saved back untouched it stays so.
        Assert.Contains("已保存", await SaveAsync("郑关工发[{year}]{n}号"));
        Assert.Equal("郑关工发[{year}]{n}号", await StoredAsync());
        Assert.Contains("已保存", await SaveAsync("郑关工发[{year}]{n}号"));
        Assert.Contains("已保存", await SaveAsync("郑关工发"));
        Assert.Equal("郑关工发〔{year}〕{n}号", await StoredAsync());
    }

    [Fact]
    public async Task The_summary_is_drafted_from_what_was_done_kept_with_the_plan_and_signed_by_the_committee()
    {
        var plan = await PlanAsync();
        var officer = await App.SignedInAsync("wushenzhao");
        var page = $"/plans/{plan}/summary";
        var fields = HtmlForm.Fields(await officer.GetStringAsync(page), Handler);
        var draft = Value(fields, "Input.Text");
        Assert.Contains("全年共开展各类活动", draft);
        Assert.Contains("2024年工作打算", draft);
        Assert.DoesNotContain("已按计划部署，正在推进（已完成", draft);
        Assert.Equal(draft.Count(c => c == '“'), draft.Count(c => c == '”'));
        Assert.Equal("2023-12-31", Value(fields, "Input.Date"));
        Assert.Equal("乌审召镇关心下一代工作委员会", Value(fields, "Input.Signer"));

        // Saved, it reopens as left.
        var saved = await officer.PostFormAsync(page, Handler, fields.With("Input.Text", draft + "\n补充一句。").With("Input.Action", "save").ToDictionary());
        Assert.Contains("草稿已保存", WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()));
        fields = HtmlForm.Fields(await officer.GetStringAsync(page), Handler);
        Assert.EndsWith("补充一句。", Value(fields, "Input.Text").TrimEnd());

        // Not numbered while the draft's prompts are left in it: once issued it is on record as printed.
        var long200 = string.Concat(Enumerable.Repeat("乌审召镇关心下一代工作委员会", 15))[..200];
        Assert.Contains("（请说明原因。）", Value(fields, "Input.Text"));
        var refused = await officer.PostFormAsync(page, Handler, fields.With("Input.Title", long200).With("Input.Format", "无版头").ToDictionary());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("正文中还有待填写的提示", Messages(await refused.Content.ReadAsStringAsync()));
        Assert.False(await App.WithDbAsync(db => db.IssuedDocuments.AnyAsync(d => d.PlanId == plan && d.Kind == Features.Documents.DocumentKind.Summary)));

        var written = System.Text.RegularExpressions.Regex.Replace(Value(fields, "Input.Text"), "（请[^（）]*。）", "由于人手不足，来年继续推进。");
        var issued = await officer.PostFormAsync(page, Handler, fields.With("Input.Text", written).With("Input.Title", long200).With("Input.Format", "无版头").ToDictionary());
        Assert.True(HttpStatusCode.Redirect == issued.StatusCode, Messages(await issued.Content.ReadAsStringAsync()));
        var summary = await App.WithDbAsync(db => db.IssuedDocuments.SingleAsync(d => d.PlanId == plan && d.Kind == Features.Documents.DocumentKind.Summary));
        Assert.Equal(string.Empty, summary.Number);
        Assert.Equal("乌审召镇关心下一代工作委员会", summary.Signer);
        var text = Text(await officer.GetByteArrayAsync($"/documents/{summary.Id}/file"));
        Assert.Contains("补充一句。", text);
        Assert.Contains("乌审召镇关心下一代工作委员会2023年12月31日", text);
        Assert.DoesNotContain("人民政府2023", text);
    }

    private async Task<long> PlanAsync(string title = "乌审召镇2023年关心下一代工作计划") =>
        await App.WithDbAsync(db => db.WorkPlans.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());

    private static string Messages(string html) =>
        string.Join(" | ", System.Text.RegularExpressions.Regex.Matches(WebUtility.HtmlDecode(html), "(validation-message|alert-danger)[^>]*>([^<]*)<").Select(m => m.Groups[2].Value));

    private static string Value(List<KeyValuePair<string, string>> fields, string name) => fields.Single(f => f.Key == name).Value;

    private static string Text(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var word = WordprocessingDocument.Open(stream, false);
        return word.MainDocumentPart!.Document!.Body!.InnerText;
    }
}

public sealed class DocumentIssuingTestsOnSqlite(SqliteAppFixture fixture) : DocumentIssuingTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class DocumentIssuingTestsOnPostgres(PostgresAppFixture fixture) : DocumentIssuingTests(fixture), IClassFixture<PostgresAppFixture>;
