using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Notices;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Time;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Notices;

/// <summary>A notice from a town of the test's own to two of its villages: read, replied (late), seen by the sender; run once per provider.</summary>
public abstract class NoticeTests(AppFixture fixture)
{
    private const string Password = "Known#Pass2026";

    private GuangongApp App => fixture.App;

    private sealed record Town(Unit Unit, Unit VillageA, Unit VillageB, string Officer, string RecorderA, string RecorderB);

    private async Task<Town> NewTownAsync()
    {
        var district = await App.UnitAsync("天宁区关工委");
        var s = Guid.NewGuid().ToString("N")[..6];
        var town = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(district.Id, new UnitDraft($"通知镇{s}关工委", UnitLevel.Town, UnitKind.Committee)));
        var a = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"甲村{s}关工委", UnitLevel.Village, UnitKind.Committee)));
        var b = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"乙村{s}关工委", UnitLevel.Village, UnitKind.Committee)));
        return new Town(town, a, b, await UserAsync("nof" + s, town.Id, RoleNames.Officer), await UserAsync("nra" + s, a.Id, RoleNames.Recorder), await UserAsync("nrb" + s, b.Id, RoleNames.Recorder));
    }

    private async Task<string> UserAsync(string userName, long unitId, string role)
    {
        var outcome = await App.WithServiceAsync<UserAdministration, UserAdministration.Outcome>(a => a.CreateAsync(userName, userName, unitId, [role]));
        Assert.True(outcome.Succeeded, string.Join(";", outcome.Errors));
        await App.WithServiceAsync<UserManager<AppUser>, bool>(async users =>
        {
            var user = (await users.FindByNameAsync(userName))!;
            await users.RemovePasswordAsync(user);
            await users.AddPasswordAsync(user, Password);
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
            return true;
        });
        return userName;
    }

    private static string Today(int days = 0) => DateText.Iso(ChinaTime.Today(TimeProvider.System).AddDays(days));

    private async Task<long> IssueAsync(Town t, string units, string title)
    {
        var officer = await App.ApiClientAsync(t.Officer, Password);
        var response = await officer.PostAsJsonAsync("/api/v1/notices", new { title, body = "第一段。\n\n第二段。", audience = "Chosen", unitIds = units, replyRequired = "true", replyDeadline = Today(5) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task A_recipient_sees_it_at_home_until_read_the_receipt_is_kept_once_a_late_reply_is_marked_and_the_sender_sees_who_owes()
    {
        var t = await NewTownAsync();
        var id = await IssueAsync(t, $"{t.VillageA.Id},{t.VillageB.Id}", "关于报送年度总结的通知");

        var recorder = await App.SignedInAsync(t.RecorderA, Password);
        Assert.Contains("关于报送年度总结的通知", await recorder.GetStringAsync("/"));
        Assert.Contains("第二段。", await recorder.GetStringAsync($"/notices/{id}"));
        var firstRead = await App.WithDbAsync(db => db.NoticeReceipts.AsNoTracking().Where(r => r.UnitId == t.VillageA.Id).Select(r => r.ReadUtc).SingleAsync());
        var api = await App.ApiClientAsync(t.RecorderA, Password);
        Assert.Equal("第一段。\n\n第二段。", (await api.GetFromJsonAsync<JsonElement>($"/api/v1/notices/{id}")).GetProperty("body").GetString());
        Assert.Equal([firstRead], await App.WithDbAsync(db => db.NoticeReceipts.AsNoTracking().Where(r => r.UnitId == t.VillageA.Id).Select(r => r.ReadUtc).ToListAsync()));
        Assert.DoesNotContain("关于报送年度总结的通知", await recorder.GetStringAsync("/"));

        // The deadline passes: the reply is still taken, and marked late.
        await App.WithDbAsync(async db =>
        {
            var row = await db.NoticeRecipients.SingleAsync(r => r.NoticeId == id && r.UnitId == t.VillageA.Id);
            row.ReplyDeadline = ChinaTime.Today(TimeProvider.System).AddDays(-1);
            return await db.SaveChangesAsync();
        });
        var reply = await api.PostAsJsonAsync($"/api/v1/notices/{id}/replies", new { text = "年度总结见附件。" });
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
        Assert.True((await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("late").GetBoolean());

        var sender = await App.ApiClientAsync(t.Officer, Password);
        var detail = await sender.GetFromJsonAsync<JsonElement>($"/api/v1/notices/{id}");
        Assert.Equal([t.VillageB.Name], detail.GetProperty("notRead").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([t.VillageB.Name], detail.GetProperty("notReplied").EnumerateArray().Select(e => e.GetString()));
        var receipts = await sender.GetFromJsonAsync<JsonElement>($"/api/v1/notices/{id}/receipts");
        Assert.Equal([false, true], receipts.EnumerateArray().OrderBy(r => r.GetProperty("unit").GetString() == t.VillageB.Name).Select(r => r.GetProperty("pending").GetBoolean()));
        var list = await sender.GetFromJsonAsync<JsonElement>("/api/v1/notices");
        var sent = list.GetProperty("sent").EnumerateArray().Single(n => n.GetProperty("id").GetInt64() == id);
        Assert.Equal((2, 1, 1), (sent.GetProperty("recipients").GetInt32(), sent.GetProperty("read").GetInt32(), sent.GetProperty("replied").GetInt32()));

        var page = await (await App.SignedInAsync(t.Officer, Password)).GetStringAsync($"/notices/{id}");
        Assert.Contains($"class=\"notice-pending\" data-unit=\"{t.VillageB.Name}\"", page);
        Assert.Contains("逾期", page);
    }

    [Fact]
    public async Task A_notice_outside_the_subtree_is_refused_a_sibling_gets_404_and_a_reply_file_of_another_type_is_refused()
    {
        var t = await NewTownAsync();
        var officer = await App.ApiClientAsync(t.Officer, Password);
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        foreach (var units in new[] { $"{t.VillageA.Id},{zhenglu.Id}", t.Unit.Id.ToString() })
        {
            var refused = await officer.PostAsJsonAsync("/api/v1/notices", new { title = "越级通知", body = "正文。", audience = "Chosen", unitIds = units });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(NoticeRules.OutsideSubtree, await refused.Content.ReadAsStringAsync());
        }

        Assert.Equal(0, await App.WithDbAsync(db => db.Notices.CountAsync(n => n.Title == "越级通知")));

        var id = await IssueAsync(t, t.VillageA.Id.ToString(), "只发甲村的通知");
        var sibling = await App.SignedInAsync(t.RecorderB, Password);
        Assert.Equal(HttpStatusCode.NotFound, (await sibling.GetAsync($"/notices/{id}")).StatusCode);
        var siblingApi = await App.ApiClientAsync(t.RecorderB, Password);
        Assert.Equal(HttpStatusCode.NotFound, (await siblingApi.GetAsync($"/api/v1/notices/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await siblingApi.PostAsJsonAsync($"/api/v1/notices/{id}/replies", new { text = "冒名回复" })).StatusCode);

        var recipient = await App.ApiClientAsync(t.RecorderA, Password);
        var bad = await recipient.PostAsync($"/api/v1/notices/{id}/replies", Multipart("总结见附件。", "总结.docx", "MZ\x90\0 not a document"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("不是允许的文件类型", await bad.Content.ReadAsStringAsync());
        Assert.Equal(0, await App.WithDbAsync(db => db.NoticeReplies.CountAsync(r => r.UnitId == t.VillageA.Id)));

        // A zip of a web page and a program, named .docx, starts as a .docx does: its contents say what it is.
        using var zipped = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(zipped, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var page = new StreamWriter(zip.CreateEntry("index.html").Open());
            page.Write("<script>alert(1)</script>");
        }

        var renamed = await recipient.PostAsync($"/api/v1/notices/{id}/replies", Multipart("总结见附件。", "总结.docx", zipped.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, renamed.StatusCode);
        Assert.Contains("不是有效的Office文档", await renamed.Content.ReadAsStringAsync());

        var good = await recipient.PostAsync($"/api/v1/notices/{id}/replies", Multipart("总结见附件。", "总结.pdf", "%PDF-1.4 test"u8.ToArray()));
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        var saved = await good.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(saved.GetProperty("late").GetBoolean());
        var file = saved.GetProperty("files")[0];
        var download = await (await App.SignedInAsync(t.Officer, Password)).GetAsync(file.GetProperty("url").GetString());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await sibling.GetAsync(file.GetProperty("url").GetString())).StatusCode);
    }

    private static MultipartFormDataContent Multipart(string text, string fileName, byte[] bytes)
    {
        var content = new MultipartFormDataContent { { new StringContent(JsonSerializer.Serialize(new { text })), "reply" } };
        content.Add(new ByteArrayContent(bytes), "files", fileName);
        return content;
    }
}

public sealed class NoticeTestsOnSqlite(SqliteAppFixture fixture) : NoticeTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class NoticeTestsOnPostgres(PostgresAppFixture fixture) : NoticeTests(fixture), IClassFixture<PostgresAppFixture>;
