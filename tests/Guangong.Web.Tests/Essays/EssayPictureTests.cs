using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Guangong.Web.Features.Essays;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Guangong.Web.Tests.Essays;

/// <summary>
/// Pictures of pieces: taken out of an uploaded .docx, kept scaled down, shown on the piece and on a
/// judge's blind sheet, carried into the 内刊; a picture over the limit refuses its file with a message
/// that names it, and a .zip still imports its good files. Compiling an issue again keeps the earlier file.
/// </summary>
public abstract class EssayPictureTests(AppFixture fixture)
{
    private static readonly string Body = string.Concat(Enumerable.Repeat("奶奶在院子里种了一棵石榴树，每年秋天都分给邻居们吃。她说，好东西要大家分享。", 8));

    private GuangongApp App => fixture.App;

    private async Task<long> NewContestAsync(string title)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var officer = await App.ApiClientAsync("zhenglu");
        var response = await officer.PostAsJsonAsync("/api/v1/contests", new ContestInput
        {
            Title = title, Level = "Town", Theme = "写一写爷爷奶奶给你上的一堂课。", Groups = "UpperPrimary",
            StartsOn = today.AddDays(-5).ToString("yyyy-MM-dd"), SubmissionDeadline = today.AddDays(10).ToString("yyyy-MM-dd"), JudgingDeadline = today.AddDays(20).ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, long contestId, string fileName, byte[] bytes)
    {
        var content = new MultipartFormDataContent { { new StringContent("UpperPrimary"), "group" }, { new ByteArrayContent(bytes), "file", fileName } };
        return client.PostAsync($"/api/v1/contests/{contestId}/submissions", content);
    }

    private static async Task<string> ProblemTextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return string.Join(" ", problem.GetProperty("errors").EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(m => m.GetString())));
    }

    [Fact]
    public async Task Pictures_of_an_uploaded_docx_are_kept_shown_on_the_piece_and_the_blind_sheet_and_carried_into_the_journal()
    {
        var contestId = await NewContestAsync("图片测试征文" + Guid.NewGuid().ToString("N")[..4]);
        var school = await App.ApiClientAsync("zl-school");
        var docx = EssayTestFiles.DocxWithPictures(["石榴树", "焦溪小学 五(2)班 周小禾", Body],
            ("image/jpeg", EssayTestFiles.Photo(2400, 1800, SKColors.DarkRed)), ("image/png", EssayTestFiles.Photo(300, 200, SKColors.SeaGreen, SKEncodedImageFormat.Png)));
        var upload = await UploadAsync(school, contestId, "周小禾.docx", docx);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var uploaded = await upload.Content.ReadFromJsonAsync<JsonElement>();
        var pieceId = uploaded.GetProperty("id").GetInt64();

        // Kept in order, scaled to at most 1600 px, as JPEG.
        var images = await App.WithDbAsync(db => db.SubmissionImages.AsNoTracking().Where(i => i.SubmissionId == pieceId).OrderBy(i => i.Position).ToListAsync());
        Assert.Equal(2, images.Count);
        Assert.InRange(images[0].Width, 1200, 1600);
        Assert.Equal(images[0].Width * 3, images[0].Height * 4);
        Assert.Equal((300, 200), (images[1].Width, images[1].Height));
        Assert.Equal(await App.WithDbAsync(db => db.Submissions.Where(s => s.Id == pieceId).Select(s => s.UnitPath).SingleAsync()), images[0].UnitPath);

        Assert.Equal([$"/api/v1/contests/images/{images[0].Id}", $"/api/v1/contests/images/{images[1].Id}"], uploaded.GetProperty("images").EnumerateArray().Select(i => i.GetString()));
        var page = await (await App.SignedInAsync("zl-school")).GetStringAsync($"/essays/{contestId}/submissions/{pieceId}");
        Assert.Contains($"/essays/images/{images[0].Id}", page);
        Assert.Contains($"/essays/images/{images[1].Id}", page);
        var picture = await (await App.SignedInAsync("zhenglu")).GetAsync($"/essays/images/{images[0].Id}");
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/jpeg", picture.Content.Headers.ContentType?.MediaType);
        using (var decoded = SKBitmap.Decode(await picture.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal(images[0].Width, decoded.Width);
        }

        // Another town's school, and a user of the town who is no judge of the piece, get a 404.
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.SignedInAsync("wsz-school")).GetAsync($"/essays/images/{images[0].Id}")).StatusCode);
        var middle = await App.SignedInAsync("zl-middle");
        Assert.Equal(HttpStatusCode.NotFound, (await middle.GetAsync($"/essays/images/{images[0].Id}")).StatusCode);

        // A judge of the group sees the pictures with the text, without the author.
        var town = await App.UnitAsync("郑陆镇关工委");
        var middleId = await App.WithDbAsync(db => db.Users.Where(u => u.UserName == "zl-middle").Select(u => u.Id).SingleAsync());
        Assert.True((await App.WithServiceAsync<ContestCommands, CommandResult<ContestJudge>>(c => c.AddJudgeAsync(contestId, middleId.ToString(), "UpperPrimary"), town.Id, town.Path)).Succeeded);
        var sheet = (await (await App.ApiClientAsync("zl-middle")).GetFromJsonAsync<JsonElement>($"/api/v1/contests/{contestId}/scores")).EnumerateArray().Single();
        Assert.Equal([$"/api/v1/contests/images/{images[0].Id}", $"/api/v1/contests/images/{images[1].Id}"], sheet.GetProperty("images").EnumerateArray().Select(i => i.GetString()));
        var judgeApi = await App.ApiClientAsync("zl-middle");
        Assert.Equal(HttpStatusCode.OK, (await judgeApi.GetAsync($"/api/v1/contests/images/{images[0].Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiClientAsync("wsz-school")).GetAsync($"/api/v1/contests/images/{images[0].Id}")).StatusCode);
        Assert.DoesNotContain("周小禾", sheet.GetRawText());
        Assert.Equal(HttpStatusCode.OK, (await middle.GetAsync($"/essays/images/{images[1].Id}")).StatusCode);
        Assert.Contains($"/essays/images/{images[0].Id}", await middle.GetStringAsync($"/essays/{contestId}/judge?group=UpperPrimary"));

        // Into the 内刊: the piece's pictures follow its text.
        await App.WithDbAsync(async db =>
        {
            var s = await db.Submissions.SingleAsync(x => x.Id == pieceId);
            s.Award = AwardLevel.First;
            return await db.SaveChangesAsync();
        });
        var officer = await App.ApiClientAsync("zhenglu");
        var created = await officer.PostAsJsonAsync("/api/v1/journals", new JournalInput
        {
            Title = "图片内刊", Issue = "第九期", EditingUnit = "郑陆镇关工委", DateText = "2026年12月", PageSize = "A5",
            Entries = [new JournalEntryInput { Kind = "submission", Id = pieceId, Section = "征文选登", Order = "1" }],
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var journalId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/v1/journals/{journalId}/compile", null)).StatusCode);
        var first = await officer.GetByteArrayAsync($"/api/v1/journals/{journalId}/docx");
        using (var doc = WordprocessingDocument.Open(new MemoryStream(first), false))
        {
            var main = doc.MainDocumentPart!;
            Assert.Equal(2, main.ImageParts.Count());
            var body = main.Document!.Body!;
            var title = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().First(p => p.InnerText == "石榴树");
            Assert.Equal(2, title.ElementsAfter().SelectMany(e => e.Descendants<DocumentFormat.OpenXml.Drawing.Blip>()).Count());
        }

        // Compiling again keeps the first file: both are in the archive, the newest served as the issue's file.
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/v1/journals/{journalId}/compile", null)).StatusCode);
        var detail = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/journals/{journalId}");
        var files = detail.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        Assert.Equal([true, false], files.Select(f => f.GetProperty("latest").GetBoolean()));
        var older = await officer.GetByteArrayAsync(files[1].GetProperty("url").GetString());
        Assert.Equal(first, older);
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(first)), files[1].GetProperty("sha256").GetString());
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(files[0].GetProperty("url").GetString())).StatusCode);
        var pageHtml = await (await App.SignedInAsync("zhenglu")).GetStringAsync($"/journals/{journalId}");
        Assert.Contains($"/journals/files/{files[1].GetProperty("id").GetInt64()}", pageHtml);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiClientAsync("wushenzhao")).GetAsync(files[1].GetProperty("url").GetString())).StatusCode);
    }

    [Fact]
    public async Task An_issue_compiled_before_files_were_kept_keeps_that_file_listed_when_compiled_again()
    {
        var officer = await App.ApiClientAsync("zhenglu");
        var journalId = await App.WithDbAsync(db => db.Journals.Where(j => j.Title == "银龄关爱，同行致远" && j.FileKey != null).Select(j => j.Id).FirstAsync());
        var before = await officer.GetByteArrayAsync($"/api/v1/journals/{journalId}/docx");
        await App.WithDbAsync(async db =>
        {
            db.JournalFiles.RemoveRange(await db.JournalFiles.Where(f => f.JournalId == journalId).ToListAsync());
            return await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/v1/journals/{journalId}/compile", null)).StatusCode);
        var files = (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/journals/{journalId}")).GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        Assert.Equal("（较早编印）", files[1].GetProperty("compiledBy").GetString());
        Assert.Equal(before, await officer.GetByteArrayAsync(files[1].GetProperty("url").GetString()));
    }

    [Fact]
    public async Task A_picture_of_50_MB_refuses_its_file_by_name_and_a_zip_still_imports_its_good_files()
    {
        var contestId = await NewContestAsync("大图测试征文" + Guid.NewGuid().ToString("N")[..4]);
        var school = await App.ApiClientAsync("zl-school");
        var huge = EssayTestFiles.Incompressible(50);

        var alone = await UploadAsync(school, contestId, "大图.docx", EssayTestFiles.DocxWithPictures(["大图作文", "五(1)班 吴大", Body], ("image/jpeg", huge)));
        var message = await ProblemTextAsync(alone);
        Assert.Contains("超过每张40 MB的上限", message);
        Assert.Contains("压缩图片", message);
        Assert.False(await App.WithDbAsync(db => db.Submissions.AnyAsync(s => s.ContestId == contestId)));

        var zip = await UploadAsync(school, contestId, "一批.zip", EssayTestFiles.Zip(
            ("好的.docx", EssayTestFiles.DocxWithPictures(["好的作文", "五(1)班 郑好", Body], ("image/jpeg", EssayTestFiles.Photo(800, 600, SKColors.Orange)))),
            ("大图.docx", EssayTestFiles.DocxWithPictures(["大图作文", "五(1)班 吴大", Body], ("image/jpeg", huge))),
            ("坏图.docx", EssayTestFiles.DocxWithPictures(["坏图作文", "五(1)班 王坏", Body + "另一段。"], ("image/png", "not a picture at all"u8.ToArray()))),
            ("坏的.docx", "not a docx"u8.ToArray())));
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        var report = await zip.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Single(report.GetProperty("imported").EnumerateArray());
        var rejected = report.GetProperty("rejected").EnumerateArray().ToDictionary(r => r.GetProperty("file").GetString()!, r => r.GetProperty("reason").GetString()!);
        Assert.Equal(new HashSet<string> { "坏图.docx", "坏的.docx", "大图.docx" }, rejected.Keys.ToHashSet());
        Assert.Contains("超过每篇20 MB的上限", rejected["大图.docx"]);
        Assert.Contains("不是可以打开的", rejected["坏图.docx"]);

        var pieces = await App.WithDbAsync(db => db.Submissions.AsNoTracking().Include(s => s.Images).Where(s => s.ContestId == contestId).ToListAsync());
        Assert.Equal("郑好", Assert.Single(pieces).AuthorName);
        Assert.Equal((800, 600), (pieces[0].Images.Single().Width, pieces[0].Images.Single().Height));
    }
}

public sealed class EssayPictureTestsOnSqlite(SqliteAppFixture fixture) : EssayPictureTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class EssayPictureTestsOnPostgres(PostgresAppFixture fixture) : EssayPictureTests(fixture), IClassFixture<PostgresAppFixture>;
