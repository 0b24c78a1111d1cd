using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Audit;
using Guangong.Web.Features.Essays;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Essays;

/// <summary>
/// A child's name, grade and class on an essay are for the submitting school and the units up to the contest's
/// organiser, and each view of them is logged (the privacy baseline). The demo town contest of 郑陆 has pieces by
/// 焦溪小学's pupils and by adults of the villages.
/// </summary>
public abstract class EssayAuthorPrivacyTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private sealed record Piece(long ContestId, long Id, string Code, string Author, string? SourceFileName);

    private async Task<(Piece Child, Piece Adult)> DemoPiecesAsync() => await App.WithDbAsync(async db =>
    {
        var contest = await db.Contests.Where(c => c.Title == "“爷爷奶奶一堂课”征文活动").Select(c => c.Id).SingleAsync();
        var pieces = db.Submissions.Where(s => s.ContestId == contest).OrderBy(s => s.Id);
        var child = await pieces.Where(s => s.Unit!.Name == "焦溪小学关工委" && s.Group == EssayGroup.UpperPrimary)
            .Select(s => new Piece(contest, s.Id, s.Code, s.AuthorName, s.SourceFileName)).FirstAsync();
        var adult = await pieces.Where(s => s.Group == EssayGroup.Adult).Select(s => new Piece(contest, s.Id, s.Code, s.AuthorName, s.SourceFileName)).FirstAsync();
        return (child, adult);
    });

    private async Task<List<string?>> ViewsAsync(string user, long? pieceId = null) => await App.WithDbAsync(db =>
        db.AuditEntries.Where(a => a.Action == AuditActions.View && a.Entity == nameof(Submission) && a.UserName == user
                && (pieceId == null ? a.EntityId == null : a.EntityId == pieceId.ToString()))
            .OrderBy(a => a.Id).Select(a => a.Changes).ToListAsync());

    private async Task<string> PageAsync(string user, string path)
    {
        var answer = await (await App.SignedInAsync(user)).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_organiser_and_the_school_see_a_childs_name_and_each_view_is_logged()
    {
        var (child, _) = await DemoPiecesAsync();
        var before = (await ViewsAsync("zhenglu")).Count;
        Assert.Contains(child.Author, await PageAsync("zhenglu", $"/essays/{child.ContestId}"));
        var lists = await ViewsAsync("zhenglu");
        Assert.Equal(before + 1, lists.Count);
        Assert.Matches($"查看征文作者信息：《“爷爷奶奶一堂课”征文活动》作品列表\\d+篇（.*{child.Code}", lists[^1]);

        var page = await PageAsync("zl-school", $"/essays/{child.ContestId}/submissions/{child.Id}");
        Assert.Contains(child.Author, page);
        Assert.Contains(child.SourceFileName!, page);
        Assert.Equal($"查看征文作者信息：作品{child.Code}《", (await ViewsAsync("zl-school", child.Id)).Single()![..(12 + child.Code.Length)]);
    }

    [Theory]
    [InlineData("tianning")]
    [InlineData("tianning-gw")]
    public async Task The_district_sees_a_towns_pieces_without_the_childrens_names(string user)
    {
        var (child, adult) = await DemoPiecesAsync();
        var list = await PageAsync(user, $"/essays/{child.ContestId}");
        Assert.DoesNotContain(child.Author, list);
        Assert.Contains(child.Code, list);
        Assert.Contains(EssayAuthors.Hidden, list);
        Assert.Contains(adult.Author, list); // an adult author is no minor

        var piece = await PageAsync(user, $"/essays/{child.ContestId}/submissions/{child.Id}");
        Assert.DoesNotContain(child.Author, piece);
        Assert.DoesNotContain(child.SourceFileName!, piece);

        var rows = await (await App.ApiClientAsync(user)).GetFromJsonAsync<JsonElement>($"/api/v1/contests/{child.ContestId}/submissions");
        var row = rows.EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == child.Id);
        Assert.Equal(EssayAuthors.Hidden, row.GetProperty("authorName").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("className").ValueKind);
        Assert.Empty(await ViewsAsync(user));
        Assert.Empty(await ViewsAsync(user, child.Id));

        // The certificates and the list of winners name the children: the town that ran the contest exports them (the viewer exports nothing).
        var certificates = (await (await App.SignedInAsync(user)).GetAsync($"/essays/{child.ContestId}/certificates.docx")).StatusCode;
        Assert.Equal(user == "tianning" ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound, certificates);
    }

    [Fact]
    public async Task A_journal_names_a_child_in_a_byline_only_to_those_who_may_see_it()
    {
        var (journal, names) = await App.WithDbAsync(async db =>
        {
            var j = await db.Journals.Where(x => x.Title == "银龄关爱，同行致远").Select(x => x.Id).SingleAsync();
            var ids = await db.JournalEntries.Where(e => e.JournalId == j && e.SubmissionId != null).Select(e => e.SubmissionId!.Value).ToListAsync();
            return (j, await db.Submissions.Where(s => ids.Contains(s.Id) && s.Group != EssayGroup.Adult).Select(s => s.AuthorName).ToListAsync());
        });
        Assert.NotEmpty(names);
        Assert.Contains(names[0], await PageAsync("zhenglu", $"/journals/{journal}"));
        var district = await PageAsync("tianning-gw", $"/journals/{journal}");
        Assert.All(names, name => Assert.DoesNotContain(name, district));

        // The file prints the names: the town opens it (the demo's issue was compiled by its officer, names and all), the
        // district neither opens it nor compiles it again without them.
        var town = await App.SignedInAsync("zhenglu");
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await town.GetByteArrayAsync($"/journals/{journal}/file.docx")), false))
        {
            Assert.Contains(names[0], doc.MainDocumentPart!.Document!.Body!.InnerText);
        }

        Assert.Contains(JournalCommands.NamedPupilsMessage, district);
        Assert.DoesNotContain($"/journals/{journal}/file.docx", district);
        var districtOfficer = await App.SignedInAsync("tianning-gw");
        Assert.Equal(HttpStatusCode.NotFound, (await districtOfficer.GetAsync($"/journals/{journal}/file.docx")).StatusCode);
        var fileId = await App.WithDbAsync(db => db.JournalFiles.Where(f => f.JournalId == journal).Select(f => f.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await districtOfficer.GetAsync($"/journals/files/{fileId}")).StatusCode);
        var districtApi = await App.ApiClientAsync("tianning-gw");
        Assert.Equal(HttpStatusCode.NotFound, (await districtApi.GetAsync($"/api/v1/journals/{journal}/docx")).StatusCode);
        var compile = await districtApi.PostAsync($"/api/v1/journals/{journal}/compile", null);
        Assert.Contains(JournalCommands.NamedPupilsMessage, await compile.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_district_officer_is_told_who_exports_the_named_lists()
    {
        var (child, _) = await DemoPiecesAsync();
        var page = await PageAsync("tianning-gw", $"/essays/{child.ContestId}");
        Assert.Contains("获奖证书和获奖名单写有学生姓名，只有主办单位郑陆镇关工委可以导出。", page);
        Assert.DoesNotContain($"/essays/{child.ContestId}/certificates.docx", page);
        Assert.Contains($"/essays/{child.ContestId}/certificates.docx", await PageAsync("zhenglu", $"/essays/{child.ContestId}"));
    }
}

public sealed class EssayAuthorPrivacyTestsOnSqlite(SqliteAppFixture fixture) : EssayAuthorPrivacyTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class EssayAuthorPrivacyTestsOnPostgres(PostgresAppFixture fixture) : EssayAuthorPrivacyTests(fixture), IClassFixture<PostgresAppFixture>;
