using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Guangong.Web.Features.Audit;
using Guangong.Web.Features.People;
using Guangong.Web.Features.People.Import;
using Guangong.Web.Infrastructure.Uploads;
using Guangong.Web.Tests.Activities;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Guangong.Web.Tests.People;

/// <summary>
/// The roster's .xlsx goes up as it is picked (issue 12) through the one upload on pick of every form (PendingUploads,
/// kind "roster"): a file that is no roster is refused there with the reason, a good one waits under a token that only
/// its uploader can use, the form posts the token, the preview and the confirmation work as with a posted file, and a
/// refused form keeps the upload.
/// </summary>
public abstract class RosterUploadOnPickTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private static async Task<HttpResponseMessage> PickAsync(HttpClient client, byte[] bytes, string name)
    {
        var page = await client.GetStringAsync("/");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(HttpSession.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(RosterUpload.KindName), "kind" },
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

    private static async Task<string> PostFormAsync(HttpClient client, params string[] uploaded) =>
        await (await ActivityForms.PostAsync(client, "/volunteers/import", "roster-upload", new Dictionary<string, string>(), uploaded: uploaded)).HtmlAsync();

    private static string Text(string html) => Regex.Replace(html, "<[^>]+>", " ");

    [Fact]
    public async Task A_picked_roster_is_previewed_from_its_token_and_imported_with_its_audit()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        Assert.Equal(HttpStatusCode.Forbidden, (await PickAsync(await App.SignedInAsync("tianning"), RosterFiles.Xlsx([RosterFiles.Row("张三")]), "名册.xlsx")).StatusCode);

        var notRoster = await PickAsync(officer, "这不是表格"u8.ToArray(), "notes.xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, notRoster.StatusCode);
        Assert.Contains("无法使用：文件不是Excel表格", await notRoster.Content.ReadAsStringAsync());
        var wrongColumns = await PickAsync(officer, RosterFiles.Xlsx([new Dictionary<string, object?> { ["名字"] = "张三" }]), "wrong.xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, wrongColumns.StatusCode);
        Assert.Contains("表格缺少以下列", await wrongColumns.Content.ReadAsStringAsync());

        var name = ChineseName.Unique("阿拉坦", 4);
        var token = await TokenAsync(await PickAsync(officer, RosterFiles.Xlsx([RosterFiles.Row(name, phone: "13900000011", unit: "查汗淖学校"), RosterFiles.Row(string.Empty)]), "名册.xlsx"));

        // Another user cannot use or remove the upload: it is as unknown to them as a made-up token.
        var other = await App.SignedInAsync("zhenglu");
        Assert.Contains("已超过一天未导入而被清除", Text(await PostFormAsync(other, token)));
        var page = await other.GetStringAsync("/volunteers/import");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"{PendingUploadEndpoints.Url}/{token}/delete", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = HttpSession.AntiforgeryToken(page) }))).StatusCode);

        var preview = await PostFormAsync(officer, token);
        Assert.True(preview.Contains("共 2 行：1 行可以导入（新增 1 人，更新 0 人，0 人无变化），1 行有问题", StringComparison.Ordinal), Text(preview));
        Assert.Contains("姓名：请填写姓名", preview);
        Assert.Equal(token, RosterFiles.TokenPattern().Match(preview).Groups[1].Value);
        Assert.False(await App.WithDbAsync(db => db.Volunteers.AnyAsync(v => v.Name == name)), "nothing is written before confirmation");

        var done = await RosterFiles.ConfirmAsync(officer, preview, token);
        Assert.Contains("新增 1 人", done);
        var id = await App.WithDbAsync(db => db.Volunteers.Where(v => v.Name == name).Select(v => v.Id).SingleAsync());
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(Volunteer) && a.EntityId == id.ToString() && a.Action == AuditActions.Create)));

        // Imported, the token is spent: posted again it is refused, and removing it leaves the rejected rows downloadable.
        Assert.Contains("已经导入过", Text(await PostFormAsync(officer, token)));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/volunteers/import/{token}/rejected")).StatusCode);
    }

    [Fact]
    public async Task The_rows_read_on_pick_are_the_previews_not_read_again()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var officerId = await App.WithDbAsync(db => db.Users.Where(u => u.UserName == "wushenzhao").Select(u => u.Id).SingleAsync());
        var previewed = App.Services.GetRequiredService<PreviewedRows>();
        var name = ChineseName.Unique("巴特尔", 4);
        var bytes = RosterFiles.Xlsx([RosterFiles.Row(name, phone: "13900000012", unit: "查汗淖学校")]);
        var refused = RosterFiles.Xlsx([new Dictionary<string, object?> { ["名字"] = name }]);
        Assert.Equal(HttpStatusCode.BadRequest, (await PickAsync(officer, refused, "wrong.xlsx")).StatusCode);
        Assert.False(previewed.HoldsPicked(refused), "a refused file keeps no rows");

        var token = await TokenAsync(await PickAsync(officer, bytes, "名册.xlsx"));
        Assert.True(previewed.HoldsPicked(bytes), "the rows read as the file went up are kept for its preview");
        var preview = await PostFormAsync(officer, token);
        Assert.Contains("共 1 行：1 行可以导入（新增 1 人", Text(preview));

        // The preview took the rows kept on pick under its token (so they are no longer kept by content) and keeps them
        // for the confirmation.
        Assert.False(previewed.HoldsPicked(bytes), "the preview claimed the rows read on pick");
        Assert.Equal(name, Assert.Single(previewed.Take(officerId, token)!).Input.Name);
        Assert.Contains("新增 1 人", await RosterFiles.ConfirmAsync(officer, preview, token));
    }

    [Fact]
    public async Task A_refused_form_keeps_the_picked_files_and_a_removed_one_is_gone()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var first = await TokenAsync(await PickAsync(officer, RosterFiles.Xlsx([RosterFiles.Row(ChineseName.Unique("第一"))]), "一.xlsx"));
        var second = await TokenAsync(await PickAsync(officer, RosterFiles.Xlsx([RosterFiles.Row(ChineseName.Unique("第二"))]), "二.xlsx"));

        var refused = await PostFormAsync(officer, first, second);
        Assert.Contains("一次只能导入一个文件，请移除多余的。", refused);
        Assert.Contains($"value=\"{first}\"", refused);
        Assert.Contains($"value=\"{second}\"", refused);
        Assert.Equal(2, Regex.Matches(refused, ">已上传<").Count);

        var page = await officer.GetStringAsync("/volunteers/import");
        var removed = await officer.PostAsync($"{PendingUploadEndpoints.Url}/{second}/delete", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = HttpSession.AntiforgeryToken(page) }));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Contains("已超过一天未导入而被清除", Text(await PostFormAsync(officer, second)));
        Assert.Contains("共 1 行：1 行可以导入", Text(await PostFormAsync(officer, first)));

        // Without the page script the file comes with the form, as before.
        var posted = await RosterFiles.UploadAsync(officer, RosterFiles.Xlsx([RosterFiles.Row(ChineseName.Unique("第三"))]), "三.xlsx");
        Assert.Contains("共 1 行：1 行可以导入", Text(posted));
    }

    [Fact]
    public async Task A_picked_file_that_cannot_be_read_is_said_so_in_red_and_taken_off_the_form()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var token = await TokenAsync(await PickAsync(officer, RosterFiles.Xlsx([RosterFiles.Row("张三")]), "名册.xlsx"));

        // The stored copy spoiled after the pick (a disk fault, a truncated write): the read refuses it.
        var key = await App.WithDbAsync(db => db.PendingUploads.Where(p => p.Token == token).Select(p => p.StorageKey).SingleAsync());
        var stored = Path.Combine(App.DataDirectory, "files", key[..2], key);
        await File.WriteAllBytesAsync(stored, (await File.ReadAllBytesAsync(stored))[..500]);

        var refused = await PostFormAsync(officer, token);
        Assert.Contains("data-upload-refused", refused);
        Assert.Contains("无法使用：无法读取这个Excel文件", refused);
        Assert.DoesNotContain(">已上传<", refused);
        Assert.DoesNotContain($"value=\"{token}\"", refused);
        Assert.False(File.Exists(stored), "the unreadable upload is removed: the user picks another");
        Assert.Empty(Directory.GetFiles(Path.Combine(App.DataDirectory, "imports"), $"*-{token}.xlsx*"));
        Assert.False(await App.WithDbAsync(db => db.PendingUploads.AnyAsync(p => p.Token == token)));
        Assert.Contains("is-invalid", refused);
    }
}

public sealed class RosterUploadOnPickTestsOnSqlite(SqliteAppFixture fixture) : RosterUploadOnPickTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class RosterUploadOnPickTestsOnPostgres(PostgresAppFixture fixture) : RosterUploadOnPickTests(fixture), IClassFixture<PostgresAppFixture>;
