using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Plans;
using Guangong.Web.Infrastructure.Uploads;
using Guangong.Web.Tests.Activities;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Plans;

/// <summary>
/// The plan pages' document readers take their file uploaded on pick (issue 12): a plan or a summary, .docx or .txt,
/// each reader with its own kind; read, the upload is gone and the text goes on in the form; a file that cannot be read
/// is said so in red beside the picker, with the reason, never as uploaded, and goes, so that another can be picked.
/// </summary>
public abstract class PlanDocumentUploadTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string kind, string name, byte[] bytes)
    {
        var page = await client.GetStringAsync("/");
        var form = new MultipartFormDataContent
        {
            { new StringContent(HttpSession.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(kind), "kind" },
        };
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", name);
        return await client.PostAsync(PendingUploadEndpoints.Url, form);
    }

    private static async Task<string> TokenAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PendingUploadDto>())!.Token;
    }

    /// <summary>The state the list shows for the one file it lists: its style and its words.</summary>
    internal static (string Style, string Words) StatusOf(string html)
    {
        var m = Regex.Match(html, "<span class=\"upload-state ([^\"]+)\"[^>]*>([^<]*)</span>");
        Assert.True(m.Success, "no upload state on the page");
        return (m.Groups[1].Value, m.Groups[2].Value);
    }

    [Fact]
    public async Task A_plan_uploaded_on_pick_is_read_and_a_broken_one_is_said_unusable_and_taken_off()
    {
        var officer = await App.SignedInAsync("zhenglu");
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(await App.SignedInAsync("wsz-elder"), PlanDocumentKinds.Plan.Name, "计划.txt", "一、总体要求"u8.ToArray())).StatusCode);
        var pdf = await UploadAsync(officer, PlanDocumentKinds.Plan.Name, "计划.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        Assert.Contains("不是 .docx 或 .txt 文件", await pdf.Content.ReadAsStringAsync());

        // A .docx that is no document: uploaded (its first bytes are a zip's), refused when read. The list says in red that
        // it cannot be used and why (not the green 已上传 it had before), and the form no longer carries it.
        var broken = await TokenAsync(await UploadAsync(officer, PlanDocumentKinds.Plan.Name, "坏文件.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
        var refused = await (await ActivityForms.PostAsync(officer, "/plans/import", "plan-parse", new Dictionary<string, string> { ["text"] = "粘贴了一半的计划" }, uploaded: [broken])).HtmlAsync();
        Assert.Contains("坏文件.docx", refused);
        Assert.Contains(">粘贴了一半的计划</textarea>", refused);
        var (style, words) = StatusOf(refused);
        Assert.Equal("text-danger", style);
        Assert.StartsWith("无法使用：", words);
        Assert.DoesNotContain("已上传", refused);
        Assert.DoesNotContain($"value=\"{broken}\"", refused);
        Assert.Contains("is-invalid", refused);
        Assert.False(await App.WithDbAsync(db => db.PendingUploads.AnyAsync(p => p.Token == broken)));

        var seed = System.Text.Encoding.UTF8.GetBytes("测试镇关工委2023年工作计划\n\n一、总体要求\n\n坚持以立德树人为根本任务。\n\n二、主要工作\n\n1．开展“五老”进校园活动，年内不少于4次。\n\n2．加强关爱帮扶，2023年底前走访留守儿童。\n");
        var plan = await TokenAsync(await UploadAsync(officer, PlanDocumentKinds.Plan.Name, "乌审召计划.txt", seed));
        var read = await (await ActivityForms.PostAsync(officer, "/plans/import", "plan-parse", new Dictionary<string, string>(), uploaded: [plan])).HtmlAsync();
        Assert.Contains("id=\"d-title\"", read);
        Assert.False(await App.WithDbAsync(db => db.PendingUploads.AnyAsync(p => p.Token == plan)));

        // The summary reader has its own kind: a plan's upload is not a summary's.
        var plan2 = await TokenAsync(await UploadAsync(officer, PlanDocumentKinds.Plan.Name, "计划.txt", seed));
        var summary = await TokenAsync(await UploadAsync(officer, PlanDocumentKinds.Summary.Name, "总结.txt", seed));
        Assert.NotEqual(plan2, summary);

        // Two good files: the form is refused for itself, and both stay uploaded for the user to remove one.
        var twice = await (await ActivityForms.PostAsync(officer, "/plans/import", "plan-parse", new Dictionary<string, string>(), uploaded: [plan2, summary])).HtmlAsync();
        Assert.Contains("一次只能识别一个文件", twice);
        Assert.Contains($"value=\"{plan2}\"", twice);
        Assert.Equal(("text-success", "已上传"), StatusOf(twice));
    }

    [Fact]
    public async Task A_rules_document_uploaded_on_pick_fills_the_new_standard()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var rules = System.Text.Encoding.UTF8.GetBytes("郑陆镇校外教育辅导站管理办法\n第一章　组织管理\n第一条　辅导站由村（社区）关工委主办，站长由关工委主任兼任。\n第二条　辅导站每年制定工作计划，年底有总结。\n");
        var token = await TokenAsync(await UploadAsync(officer, Guangong.Web.Features.Assessments.RulesDocument.Kind.Name, "管理办法.txt", rules));
        var read = await (await ActivityForms.PostAsync(officer, "/assessments/templates/new", "rules-read", new Dictionary<string, string>(), uploaded: [token])).HtmlAsync();
        Assert.Contains("已按制度条款生成 2 条评估内容", read);
        Assert.False(await App.WithDbAsync(db => db.PendingUploads.AnyAsync(p => p.Token == token)));

        var broken = await TokenAsync(await UploadAsync(officer, Guangong.Web.Features.Assessments.RulesDocument.Kind.Name, "办法.docx", [0x50, 0x4B, 0x03, 0x04, 9, 9, 9, 9]));
        var refused = await (await ActivityForms.PostAsync(officer, "/assessments/templates/new", "rules-read", new Dictionary<string, string>(), uploaded: [broken])).HtmlAsync();
        var (style, words) = StatusOf(refused);
        Assert.Equal("text-danger", style);
        Assert.StartsWith("无法使用：", words);
        Assert.DoesNotContain($"value=\"{broken}\"", refused);
    }
}

public sealed class PlanDocumentUploadTestsOnSqlite(SqliteAppFixture fixture) : PlanDocumentUploadTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PlanDocumentUploadTestsOnPostgres(PostgresAppFixture fixture) : PlanDocumentUploadTests(fixture), IClassFixture<PostgresAppFixture>;
