using System.Net;
using Guangong.Web.Features.Essays;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Essays;

/// <summary>
/// The essay pages' own forms, posted the way a browser submits them (the fields read from the
/// rendered form): setting up a contest, a typed entry, naming a judge, a score sheet, the awards
/// and the 内刊's table of contents each reach their command with every field.
/// </summary>
public abstract class EssayPageFormTests(AppFixture fixture)
{
    private static readonly string Body = string.Concat(Enumerable.Repeat("奶奶教我认识田里的庄稼，告诉我一粒米要经过多少双手。", 10));

    private GuangongApp App => fixture.App;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Posts the named form of the page as rendered, after <paramref name="change"/>; success answers with a redirect.</summary>
    private static async Task PostAsync(HttpClient client, string url, string handler, Action<List<KeyValuePair<string, string>>> change)
    {
        var fields = HtmlForm.Fields(await client.GetStringAsync(url), handler);
        change(fields);
        var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler}: {response.StatusCode}\n{WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync())}");
    }

    private static void Repeat(List<KeyValuePair<string, string>> fields, string name, params string[] values)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
    }

    [Fact]
    public async Task A_contest_is_set_up_entered_judged_awarded_and_compiled_through_its_pages()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var title = "页面征文" + Guid.NewGuid().ToString("N")[..6];
        var school = await App.WithDbAsync(db => db.Users.Where(u => u.UserName == "zl-school").Select(u => u.HomeUnitId!.Value).SingleAsync());
        var middle = await App.WithDbAsync(db => db.Users.Where(u => u.UserName == "zl-middle").Select(u => u.Id).SingleAsync());
        var officer = await App.SignedInAsync("zhenglu");

        await PostAsync(officer, "/essays/new", "contest-edit", f =>
        {
            f.With("Contest.Title", title).With("Contest.Level", "Town").With("Contest.Theme", "写一写爷爷奶奶给你上的一堂课。")
                .With("Contest.StartsOn", Iso(today.AddDays(-5))).With("Contest.SubmissionDeadline", Iso(today.AddDays(10))).With("Contest.JudgingDeadline", Iso(today.AddDays(20)))
                .With("Contest.MinLength", "100").With("Contest.DropExtremes", "true");
            Repeat(f, "group", "UpperPrimary", "Adult");
            Repeat(f, "participant", school.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        var contest = await App.WithDbAsync(db => db.Contests.AsNoTracking().SingleAsync(c => c.Title == title));
        Assert.Equal(["Adult", "UpperPrimary"], contest.Groups.Split(',').Order());
        Assert.Equal([school], contest.ParticipantIds);
        Assert.Equal((100, true), (contest.MinLength!.Value, contest.DropExtremes));

        var recorder = await App.SignedInAsync("zl-school");
        await PostAsync(recorder, $"/essays/{contest.Id}", "submission-create", f => f.With("s.Group", "UpperPrimary").With("s.Title", "奶奶的稻田")
            .With("s.AuthorName", "孙小禾").With("s.Grade", "五年级").With("s.ClassName", "1班").With("s.Adviser", "王老师").With("s.Text", Body));
        var piece = await App.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.ContestId == contest.Id));
        Assert.Equal(("奶奶的稻田", "孙小禾", "五年级", "1班", EssayGroup.UpperPrimary), (piece.Title, piece.AuthorName, piece.Grade, piece.ClassName, piece.Group));

        await PostAsync(officer, $"/essays/{contest.Id}", "judge-add", f => f.With("UserId", middle.ToString(System.Globalization.CultureInfo.InvariantCulture)).With("Group", "UpperPrimary"));
        Assert.True(await App.WithDbAsync(db => db.ContestJudges.AnyAsync(j => j.ContestId == contest.Id && j.UserId == middle)));

        // A judge added by mistake is removed in two steps (the question, then 确定移除), and the page says who went.
        var jiaoxi = await App.WithDbAsync(db => db.Users.Where(u => u.UserName == "zl-jiaoxi").Select(u => u.Id).SingleAsync());
        await PostAsync(officer, $"/essays/{contest.Id}", "judge-add", f => f.With("UserId", jiaoxi.ToString(System.Globalization.CultureInfo.InvariantCulture)).With("Group", "Adult"));
        var extra = await App.WithDbAsync(db => db.ContestJudges.AsNoTracking().SingleAsync(j => j.ContestId == contest.Id && j.UserId == jiaoxi));
        var withJudges = WebUtility.HtmlDecode(await officer.GetStringAsync($"/essays/{contest.Id}"));
        Assert.Contains($"确定移除评委「{extra.JudgeName}」（成人·五老组）吗？", withJudges);
        var removal = await officer.PostAsync($"/essays/{contest.Id}", new FormUrlEncodedContent(HtmlForm.Fields(withJudges, $"judge-remove-{extra.Id}")));
        Assert.Equal(HttpStatusCode.Redirect, removal.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.ContestJudges.AnyAsync(j => j.Id == extra.Id)));
        var said = WebUtility.HtmlDecode(await officer.GetStringAsync(removal.Headers.Location!.ToString()));
        Assert.Contains($"已移除评委{extra.JudgeName}", said);
        Assert.Contains("（成人·五老组）", said);

        var judge = await App.SignedInAsync("zl-middle");
        await PostAsync(judge, $"/essays/{contest.Id}/judge?group=UpperPrimary", $"score-{piece.Id}", f =>
        {
            Repeat(f, "point", "38", "28", "18", "9");
            f.With("comment", "立意好");
        });
        var score = await App.WithDbAsync(db => db.SubmissionScores.AsNoTracking().SingleAsync(s => s.SubmissionId == piece.Id));
        Assert.Equal(("38,28,18,9", 93m, "立意好"), (score.Points, score.Total, score.Comment));

        // The awards form appears once judging has closed.
        await App.WithDbAsync(async db =>
        {
            var c = await db.Contests.SingleAsync(x => x.Id == contest.Id);
            (c.SubmissionDeadline, c.JudgingDeadline) = (c.StartsOn, c.StartsOn.AddDays(1));
            return await db.SaveChangesAsync();
        });
        await PostAsync(officer, $"/essays/{contest.Id}", "awards", f => f.With("Awards.Mode", "Counts").With("Awards.First", "1").With("Awards.Second", "0")
            .With("Awards.Third", "0").With("Awards.Merit", "0").With("Awards.AwardsOn", Iso(today)));
        Assert.Equal(AwardLevel.First, await App.WithDbAsync(db => db.Submissions.Where(s => s.Id == piece.Id).Select(s => s.Award).SingleAsync()));

        var key = $"submission:{piece.Id}";
        var journalTitle = "内刊" + Guid.NewGuid().ToString("N")[..6];
        await PostAsync(officer, "/journals/new", "journal-edit", f =>
        {
            f.With("Journal.Title", journalTitle).With("Journal.Issue", "第六期").With("Journal.PageSize", "A5").With("Journal.DateText", "2026年12月").With($"section[{key}]", "获奖作品选登").With($"order[{key}]", "5");
            Repeat(f, "pick", key);
        });
        var entry = await App.WithDbAsync(db => db.JournalEntries.AsNoTracking().SingleAsync(e => e.SubmissionId == piece.Id && db.Journals.Any(j => j.Id == e.JournalId && j.Title == journalTitle)));
        Assert.Equal("获奖作品选登", entry.Section);
    }

    [Fact]
    public async Task A_typed_piece_keeps_its_uploaded_pictures_and_a_picture_over_40_MB_is_refused_next_to_the_field()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var contestId = await App.WithDbAsync(async db =>
        {
            var town = await db.Units.SingleAsync(u => u.Name == "郑陆镇关工委");
            var c = new Contest
            {
                UnitId = town.Id, UnitPath = town.Path, Title = "图片录入" + Guid.NewGuid().ToString("N")[..6], Organiser = town.Name, Theme = "爷爷奶奶一堂课", Groups = "UpperPrimary",
                StartsOn = today.AddDays(-1), SubmissionDeadline = today.AddDays(5), JudgingDeadline = today.AddDays(9), Criteria = ContestCommands.DefaultCriteria,
            };
            db.Contests.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
        var recorder = await App.SignedInAsync("zl-school");
        var url = $"/essays/{contestId}";

        Task<HttpResponseMessage> PostTypedAsync(string author, params (string Name, byte[] Bytes)[] files) => PostInAsync("UpperPrimary", author, files);

        async Task<HttpResponseMessage> PostInAsync(string group, string author, params (string Name, byte[] Bytes)[] files)
        {
            var fields = HtmlForm.Fields(await recorder.GetStringAsync(url), "submission-create")
                .With("s.Group", group).With("s.Title", "奶奶的菜园" + author).With("s.AuthorName", author).With("s.Text", Body + author);
            var content = new MultipartFormDataContent();
            foreach (var (key, value) in fields)
            {
                content.Add(new StringContent(value), key);
            }

            foreach (var (name, bytes) in files)
            {
                content.Add(new ByteArrayContent(bytes), "images", name);
            }

            return await recorder.PostAsync(url, content);
        }

        // A group the contest does not have is said once, under the group of the form that was sent.
        var wrongGroup = WebUtility.HtmlDecode(await (await PostInAsync("Junior", "陈组别")).Content.ReadAsStringAsync());
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(wrongGroup, "请选择本次征文的一个组别。"));

        var tooBig = await PostTypedAsync("陈大图", ("大照片.jpg", EssayTestFiles.Incompressible(41)));
        Assert.Equal(HttpStatusCode.OK, tooBig.StatusCode);
        var html = WebUtility.HtmlDecode(await tooBig.Content.ReadAsStringAsync());
        Assert.Contains("图片“大照片.jpg”有41 MB，超过每张40 MB的上限", html);
        Assert.False(await App.WithDbAsync(db => db.Submissions.AnyAsync(s => s.ContestId == contestId)));

        var ok = await PostTypedAsync("陈小图", ("菜园.jpg", EssayTestFiles.Photo(640, 480, SkiaSharp.SKColors.Green)), ("奶奶.png", EssayTestFiles.Photo(200, 300, SkiaSharp.SKColors.Gray, SkiaSharp.SKEncodedImageFormat.Png)));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var piece = await App.WithDbAsync(db => db.Submissions.AsNoTracking().Include(s => s.Images).SingleAsync(s => s.ContestId == contestId));
        Assert.Equal([(640, 480), (200, 300)], piece.Images.OrderBy(i => i.Position).Select(i => (i.Width, i.Height)));
    }
}

public sealed class EssayPageFormTestsOnSqlite(SqliteAppFixture fixture) : EssayPageFormTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class EssayPageFormTestsOnPostgres(PostgresAppFixture fixture) : EssayPageFormTests(fixture), IClassFixture<PostgresAppFixture>;
