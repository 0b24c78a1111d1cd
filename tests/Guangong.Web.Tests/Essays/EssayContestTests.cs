using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Guangong.Web.Features.Essays;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Essays;

/// <summary>
/// Essay contests on the demo town 郑陆: a school enters pieces (typed, .docx, .zip), judges score a
/// blind sheet and never their own school, the organiser fixes the awards and gets the certificates.
/// </summary>
public abstract class EssayContestTests(AppFixture fixture)
{
    private const string DemoContest = "“爷爷奶奶一堂课”征文活动";

    private static readonly string Body = string.Concat(Enumerable.Repeat("爷爷退休前是村里的老师，每个星期六都给我们讲故事。他说，做人要像稻子，越饱满越低头。", 8));

    private GuangongApp App => fixture.App;

    private async Task<long> DemoContestIdAsync() => await App.WithDbAsync(db => db.Contests.Where(c => c.Title == DemoContest).Select(c => c.Id).SingleAsync());

    /// <summary>A contest of 郑陆 open now, created by its officer through the API.</summary>
    private async Task<Contest> NewContestAsync(string title)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var officer = await App.ApiClientAsync("zhenglu");
        var response = await officer.PostAsJsonAsync("/api/v1/contests", new ContestInput
        {
            Title = title, Level = "Town", Theme = "写一写爷爷奶奶给你上的一堂课。", Groups = "UpperPrimary,Adult",
            StartsOn = today.AddDays(-5).ToString("yyyy-MM-dd"), SubmissionDeadline = today.AddDays(10).ToString("yyyy-MM-dd"), JudgingDeadline = today.AddDays(20).ToString("yyyy-MM-dd"),
            MinLength = "300", MaxLength = "2000", DisagreementPoints = "10",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        return await App.WithDbAsync(db => db.Contests.AsNoTracking().SingleAsync(c => c.Id == id));
    }

    private static byte[] Docx(params string[] paragraphs)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p))))));
        }

        return buffer.ToArray();
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in files)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, long contestId, string fileName, byte[] bytes, string group = "UpperPrimary")
    {
        var content = new MultipartFormDataContent { { new StringContent(group), "group" }, { new ByteArrayContent(bytes), "file", fileName } };
        return client.PostAsync($"/api/v1/contests/{contestId}/submissions", content);
    }

    private static async Task<string> ProblemTextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return string.Join(" ", problem.GetProperty("errors").EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(m => m.GetString())));
    }

    [Fact]
    public async Task A_school_uploads_pieces_bad_files_are_refused_with_reasons_and_the_same_student_twice_is_refused()
    {
        var contest = await NewContestAsync("上传测试征文");
        var school = await App.ApiClientAsync("zl-school");

        var first = await UploadAsync(school, contest.Id, "张三.docx", Docx("《我的爷爷》", "焦溪小学 五(2)班 张三", "指导老师：王芳", Body));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var piece = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("我的爷爷", piece.GetProperty("title").GetString());
        Assert.Equal("张三", piece.GetProperty("authorName").GetString());
        Assert.Equal("五年级", piece.GetProperty("grade").GetString());
        Assert.Equal("王芳", piece.GetProperty("adviser").GetString());

        var again = await UploadAsync(school, contest.Id, "张三2.docx", Docx("另一篇", "焦溪小学 五(2)班 张三", Body + "又一段。"));
        Assert.Contains(SubmissionCommands.SameStudentMessage, await ProblemTextAsync(again));

        var fake = await UploadAsync(school, contest.Id, "假的.docx", "%PDF-1.4 this is no word file"u8.ToArray());
        Assert.Contains("不是有效的 Word", await ProblemTextAsync(fake));

        var zip = await UploadAsync(school, contest.Id, "一批.zip", Zip(
            ("李四.docx", Docx("奶奶的菜园", "五(1)班 李四", Body.Replace("爷爷", "奶奶"))),
            ("复制.docx", Docx("我的爷爷（抄）", "五(3)班 王五", Body)),
            ("短.docx", Docx("太短了", "五(3)班 赵六", "只有一句话。")),
            ("../../etc/passwd.docx", Docx("坏", "五(3)班 钱七", Body)),
            ("坏的.docx", "not a docx"u8.ToArray())));
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        var report = await zip.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, report.GetProperty("imported").GetArrayLength());
        Assert.Equal(["../../etc/passwd.docx", "坏的.docx"], report.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("file").GetString()));

        var many = await UploadAsync(school, contest.Id, "很多.zip", Zip([.. Enumerable.Range(0, 201).Select(i => ($"{i}.docx", new byte[] { 1 }))]));
        Assert.Contains("最多导入200篇", await ProblemTextAsync(many));
        var bomb = await UploadAsync(school, contest.Id, "炸弹.zip", Zip(("炸弹.docx", new byte[51 * 1024 * 1024])));
        Assert.Contains("50 MB", await ProblemTextAsync(bomb));

        var pieces = await App.WithDbAsync(db => db.Submissions.Where(s => s.ContestId == contest.Id).OrderBy(s => s.Id).ToListAsync());
        Assert.Equal(["张三", "李四", "王五", "赵六"], pieces.Select(p => p.AuthorName));
        Assert.Equal(pieces[0].Code, pieces.Single(p => p.AuthorName == "王五").DuplicateOf);
        Assert.True(pieces.Single(p => p.AuthorName == "赵六").UnderLength);
        Assert.All(pieces, p => Assert.Equal("焦溪小学关工委", App.WithDbAsync(db => db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).SingleAsync()).Result));

        // The names are a minor's data: the audit trail keeps none of them.
        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(Submission)).Select(a => a.Changes).ToListAsync());
        Assert.NotEmpty(audit);
        Assert.DoesNotContain(audit, a => a != null && a.Contains("张三"));
    }

    [Fact]
    public async Task Judges_score_blind_never_their_own_school_and_the_organiser_fixes_awards_after_the_deadline()
    {
        var contest = await NewContestAsync("评审测试征文");
        var town = await App.UnitAsync("郑陆镇关工委");
        var school = await App.ApiClientAsync("zl-school");
        var middle = await App.ApiClientAsync("zl-middle");
        var officer = await App.ApiClientAsync("zhenglu");
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(school, contest.Id, "a.docx", Docx("甲篇", "五(1)班 孙一", Body))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(school, contest.Id, "b.docx", Docx("乙篇", "五(2)班 孙二", Body + "不同的结尾。"))).StatusCode);
        var ids = await App.WithDbAsync(db => db.Submissions.Where(s => s.ContestId == contest.Id).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync());

        // Before being named a judge, a school user scoring answers like an unknown piece.
        Assert.Equal(HttpStatusCode.NotFound, (await middle.PutAsJsonAsync($"/api/v1/contests/{contest.Id}/scores/{ids[0]}", new { points = new[] { "30", "20", "15", "8" } })).StatusCode);
        foreach (var user in new[] { "zhenglu", "zl-school", "zl-middle" })
        {
            var userId = await App.WithDbAsync(db => db.Users.Where(u => u.UserName == user).Select(u => u.Id).SingleAsync());
            var added = await App.WithServiceAsync<ContestCommands, CommandResult<ContestJudge>>(c => c.AddJudgeAsync(contest.Id, userId.ToString(), "UpperPrimary"), town.Id, town.Path);
            Assert.True(added.Succeeded);
        }

        var own = await school.PutAsJsonAsync($"/api/v1/contests/{contest.Id}/scores/{ids[0]}", new { points = new[] { "30", "20", "15", "8" } });
        Assert.Contains(JudgingCommands.OwnUnitMessage, await ProblemTextAsync(own));
        var over = await middle.PutAsJsonAsync($"/api/v1/contests/{contest.Id}/scores/{ids[0]}", new { points = new[] { "41", "20", "15", "8" } });
        Assert.Contains("0–40", await ProblemTextAsync(over));
        Assert.Equal(HttpStatusCode.OK, (await middle.PutAsJsonAsync($"/api/v1/contests/{contest.Id}/scores/{ids[0]}", new { points = new[] { "38", "28", "18", "9" } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PutAsJsonAsync($"/api/v1/contests/{contest.Id}/scores/{ids[0]}", new { points = new[] { "30", "20", "15", "8" } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await middle.PutAsJsonAsync($"/api/v1/contests/{contest.Id}/scores/{ids[1]}", new { points = new[] { "30", "25", "15", "8" } })).StatusCode);

        // The judge's sheet names no author and no school.
        var sheet = await middle.GetFromJsonAsync<JsonElement>($"/api/v1/contests/{contest.Id}/scores");
        var sheetText = sheet.GetRawText();
        Assert.Contains("甲篇", sheetText);
        Assert.DoesNotContain("孙一", sheetText);
        Assert.DoesNotContain("焦溪", sheetText);
        // As a participant the judge's school sees its own pieces only: none here.
        Assert.Empty((await middle.GetFromJsonAsync<JsonElement>($"/api/v1/contests/{contest.Id}/submissions")).EnumerateArray());

        var results = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/contests/{contest.Id}/scores");
        var a = results.EnumerateArray().Single(r => r.GetProperty("submissionId").GetInt64() == ids[0]);
        Assert.Equal(83m, a.GetProperty("average").GetDecimal());
        Assert.True(a.GetProperty("disagreement").GetBoolean()); // 93 and 73: 20 apart, more than 10
        Assert.Equal(1, a.GetProperty("rank").GetInt32());

        // Awards wait for the judging deadline; after it no score is taken.
        var early = await App.WithServiceAsync<AwardCommands, CommandResult<Contest>>(c => c.SetAwardsAsync(contest.Id, new AwardsInput { Mode = "Counts", First = "1", Second = "1", Third = "0", Merit = "0", AwardsOn = "2026-11-20", Version = contest.Version }), town.Id, town.Path);
        Assert.Contains(early.Errors, e => e.Message.Contains("评审截止"));
        await App.WithDbAsync(async db =>
        {
            var c = await db.Contests.SingleAsync(x => x.Id == contest.Id);
            c.SubmissionDeadline = c.StartsOn;
            c.JudgingDeadline = c.StartsOn.AddDays(1);
            return await db.SaveChangesAsync();
        });
        var late = await middle.PutAsJsonAsync($"/api/v1/contests/{contest.Id}/scores/{ids[1]}", new { points = new[] { "40", "30", "20", "10" } });
        Assert.Contains("评审已于", await ProblemTextAsync(late));
        var version = await App.WithDbAsync(db => db.Contests.Where(x => x.Id == contest.Id).Select(x => x.Version).SingleAsync());
        // Dated after the judging ended (the day before it is refused: AwardCommands), today.
        var awardsOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var set = await App.WithServiceAsync<AwardCommands, CommandResult<Contest>>(c => c.SetAwardsAsync(contest.Id, new AwardsInput { Mode = "Counts", First = "1", Second = "1", Third = "0", Merit = "0", AwardsOn = awardsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Version = version }), town.Id, town.Path);
        Assert.True(set.Succeeded, string.Join(" ", set.Errors.Select(e => e.Message)));
        var awards = await App.WithDbAsync(db => db.Submissions.Where(s => s.ContestId == contest.Id).OrderBy(s => s.Id).Select(s => s.Award).ToListAsync());
        Assert.Equal([AwardLevel.First, AwardLevel.Second], awards);

        var townOfficer = await App.SignedInAsync("zhenglu");
        async Task<(byte[] Bytes, string FileName)> DownloadAsync(string path)
        {
            var answer = await townOfficer.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            return (await answer.Content.ReadAsByteArrayAsync(), answer.Content.Headers.ContentDisposition!.FileNameStar!);
        }

        var certificates = await DownloadAsync($"/essays/{contest.Id}/certificates.docx");
        using var doc = WordprocessingDocument.Open(new MemoryStream(certificates.Bytes), false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("孙一同学", text);
        Assert.Contains("荣获一等奖", text);
        Assert.Contains($"{awardsOn.Year}年{awardsOn.Month}月{awardsOn.Day}日", text);
        Assert.Contains("郑陆镇关心下一代工作委员会", text); // signed with the full name the town issues documents under
        var xlsx = await townOfficer.GetAsync($"/essays/{contest.Id}/recommendation.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);

        // A title as long as the form takes, with a slash, still makes a sheet Excel opens (at most 31 characters, no /).
        async Task<string> RetitleAsync(string title) => await App.WithDbAsync(async db =>
        {
            var c = await db.Contests.SingleAsync(x => x.Id == contest.Id);
            (var old, c.Title) = (c.Title, title);
            await db.SaveChangesAsync();
            return old;
        });
        var shortTitle = await RetitleAsync("2026年郑陆镇“爷爷奶奶一堂课”主题征文活动（初评/复评）：全镇*汇总[终稿]");
        var longXlsx = await townOfficer.GetAsync($"/essays/{contest.Id}/recommendation.xlsx");
        Assert.Equal(HttpStatusCode.OK, longXlsx.StatusCode);
        Assert.Equal(["2026年郑陆镇“爷爷奶奶一堂课”主题征文活动（初评、复评）…"], MiniExcelLibs.MiniExcel.GetSheetNames(new MemoryStream(await longXlsx.Content.ReadAsByteArrayAsync())));
        await RetitleAsync(shortTitle);

        // The town's own contest: a list of its awards, which cites no notice of the town's own and is sent to no one.
        async Task<(string Name, string Text, IReadOnlyList<int> Columns)> ListAsync()
        {
            var file = await DownloadAsync($"/essays/{contest.Id}/recommendation.docx");
            using var list = WordprocessingDocument.Open(new MemoryStream(file.Bytes), false);
            var body = list.MainDocumentPart!.Document!.Body!;
            return (file.FileName, body.InnerText, [.. body.Elements<Table>().Select(t => t.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count())]);
        }

        var ownList = await ListAsync();
        Assert.Equal("评审测试征文获奖名单.docx", ownList.Name);
        Assert.Contains("郑陆镇关心下一代工作委员会组织开展了“评审测试征文”征文活动。经评审，共评出获奖作品2篇", ownList.Text);
        Assert.DoesNotContain("关于", ownList.Text);
        Assert.DoesNotContain("推荐", ownList.Text);
        Assert.Contains("一、小学高年级组（2篇）", ownList.Text);
        // One table per group, without a 组别 column; no adviser was named, so no 指导老师 column.
        Assert.Equal([4], ownList.Columns);
        Assert.Contains("学校、班级", ownList.Text);

        // Called by the city and forwarded: the list recommends the winners up to it.
        await App.WithDbAsync(async db =>
        {
            (await db.Contests.SingleAsync(x => x.Id == contest.Id)).Organiser = "常州市关工委";
            return await db.SaveChangesAsync();
        });
        var forwarded = await ListAsync();
        Assert.Equal("评审测试征文推荐名单.docx", forwarded.Name);
        Assert.StartsWith("“评审测试征文”征文活动获奖作品推荐名单常州市关工委：根据常州市关工委关于“评审测试征文”征文活动的通知要求", forwarded.Text);

        // The town typed as organiser by its full name is still the town's own contest, in the file and on the page.
        await App.WithDbAsync(async db =>
        {
            (await db.Contests.SingleAsync(x => x.Id == contest.Id)).Organiser = "郑陆镇关心下一代工作委员会";
            return await db.SaveChangesAsync();
        });
        Assert.Equal("评审测试征文获奖名单.docx", (await ListAsync()).Name);
        var buttons = await (await App.SignedInAsync("zhenglu")).GetStringAsync($"/essays/{contest.Id}");
        Assert.Contains("获奖名单（Word）", buttons);
        Assert.DoesNotContain("推荐名单", buttons);
    }

    [Fact]
    public async Task The_level_and_the_organiser_say_the_same_whose_contest_it_is()
    {
        // The level select starts at 镇级: a call of the city's saved with it unchanged went up as the town's own 获奖名单.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var officer = await App.ApiClientAsync("zhenglu");
        async Task<(HttpStatusCode Status, string Body)> SaveAsync(string level, string? organiser)
        {
            var response = await officer.PostAsJsonAsync("/api/v1/contests", new ContestInput
            {
                Title = "级别测试" + level, Level = level, Organiser = organiser, Theme = "写一写爷爷奶奶给你上的一堂课。", Groups = "UpperPrimary",
                StartsOn = today.ToString("yyyy-MM-dd"), SubmissionDeadline = today.AddDays(10).ToString("yyyy-MM-dd"), JudgingDeadline = today.AddDays(20).ToString("yyyy-MM-dd"),
            });
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var forgotten = await SaveAsync("Town", "常州市关工委");
        Assert.Equal(HttpStatusCode.BadRequest, forgotten.Status);
        Assert.Contains("主办单位是上级时，请选上级的活动级别", forgotten.Body);
        var unnamed = await SaveAsync("Province", null);
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.Status);
        Assert.Contains("上级举办的征文，请填写主办单位", unnamed.Body);

        Assert.Equal(HttpStatusCode.Created, (await SaveAsync("City", "常州市关工委")).Status);
        Assert.Equal(HttpStatusCode.Created, (await SaveAsync("Town", "郑陆镇关心下一代工作委员会")).Status);
        Assert.Equal(HttpStatusCode.Created, (await SaveAsync("Town", null)).Status);
    }

    [Fact]
    public async Task The_blind_sheet_page_shows_codes_and_texts_but_no_author_or_school()
    {
        var id = await DemoContestIdAsync();
        var judge = await App.SignedInAsync("zl-middle");
        var html = await judge.GetStringAsync($"/essays/{id}/judge?group=UpperPrimary");
        var pieces = await App.WithDbAsync(db => db.Submissions.Where(s => s.ContestId == id && s.Group == EssayGroup.UpperPrimary).Select(s => new { s.Code, s.AuthorName, s.Adviser, Unit = s.Unit!.Name }).ToListAsync());
        Assert.NotEmpty(pieces);
        Assert.All(pieces, p =>
        {
            Assert.Contains(p.Code, html);
            Assert.DoesNotContain(p.AuthorName, html);
            Assert.DoesNotContain(p.Unit, html);
        });
        Assert.DoesNotContain("焦溪小学", html);

        // The organiser sees the authors.
        var officer = await App.SignedInAsync("zhenglu");
        var contestPage = await officer.GetStringAsync($"/essays/{id}");
        Assert.Contains(pieces[0].AuthorName, contestPage);
    }

    [Fact]
    public async Task A_contest_outside_the_scope_answers_like_an_unknown_one()
    {
        var id = await DemoContestIdAsync();
        var other = await App.ApiClientAsync("wushenzhao");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/contests/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/contests/{id}/submissions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/contests/{id}/scores")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/api/v1/contests/999999")).StatusCode);
        var list = await other.GetFromJsonAsync<JsonElement>("/api/v1/contests");
        Assert.DoesNotContain(list.EnumerateArray(), c => c.GetProperty("id").GetInt64() == id);
        var browser = await App.SignedInAsync("wsz-school");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/essays/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/essays/{id}/judge")).StatusCode);
        var upload = await UploadAsync(await App.ApiClientAsync("wsz-school"), id, "x.docx", Docx("题目", "五(1)班 某某", Body));
        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);

        // The school of 郑陆 sees the town's contest and its own pieces only.
        var school = await App.ApiClientAsync("zl-school");
        var own = await school.GetFromJsonAsync<JsonElement>($"/api/v1/contests/{id}/submissions");
        Assert.NotEmpty(own.EnumerateArray());
        Assert.All(own.EnumerateArray(), s => Assert.Equal("焦溪小学关工委", s.GetProperty("unitName").GetString()));
    }

    [Fact]
    public async Task A_refused_awards_form_keeps_what_was_typed_and_a_date_before_judging_ended_is_refused()
    {
        var id = await DemoContestIdAsync();
        var saved = await App.WithDbAsync(db => db.Contests.Where(c => c.Id == id).Select(c => new { c.JudgingDeadline, c.AwardsOn }).SingleAsync());
        var early = saved.JudgingDeadline.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var officer = await App.SignedInAsync("zhenglu");
        var page = $"/essays/{id}";
        var fields = HtmlForm.Fields(await officer.GetStringAsync(page), "awards").ToDictionary();
        fields["Awards.First"] = "abc";
        fields["Awards.AwardsOn"] = early;

        var refused = WebUtility.HtmlDecode(await (await officer.PostFormAsync(page, "awards", fields)).Content.ReadAsStringAsync());
        Assert.Contains("落款日期应在评审截止", refused);
        // The boxes show what was typed under their messages, not the saved values the messages are not about.
        Assert.Contains("value=\"abc\"", refused);
        Assert.Contains($"value=\"{early}\"", refused);
        Assert.Equal(saved.AwardsOn, await App.WithDbAsync(db => db.Contests.Where(c => c.Id == id).Select(c => c.AwardsOn).SingleAsync()));
    }

    [Fact]
    public async Task The_list_says_who_organised_a_contest_and_who_forwards_it()
    {
        async Task<string> RoleAsync(string user, string title)
        {
            var html = WebUtility.HtmlDecode(await (await App.SignedInAsync(user)).GetStringAsync("/essays"));
            var row = System.Text.RegularExpressions.Regex.Match(html, $"<tr>(?:(?!</tr>).)*{System.Text.RegularExpressions.Regex.Escape(title)}(?:(?!</tr>).)*</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
            return System.Text.RegularExpressions.Regex.Match(row, "data-label=\"我的身份\">([^<]*)<").Groups[1].Value;
        }

        Assert.StartsWith("主办", await RoleAsync("zhenglu", DemoContest)); // and 评委: the demo names the officer a judge too
        Assert.Equal("转发", await RoleAsync("zhenglu", "我是强国小主人"));
        // The district reads its town's contests through its scope; it organised neither.
        Assert.Equal("下级单位主办", await RoleAsync("tianning-gw", DemoContest));
        Assert.Equal("下级单位转发", await RoleAsync("tianning-gw", "我是强国小主人"));
    }

    [Fact]
    public async Task The_demo_journal_is_compiled_and_served_as_docx_with_the_winners()
    {
        var officer = await App.ApiClientAsync("zhenglu");
        var journals = await officer.GetFromJsonAsync<JsonElement>("/api/v1/journals");
        var journal = journals.EnumerateArray().Single(j => j.GetProperty("title").GetString() == "银龄关爱，同行致远");
        var docx = await officer.GetAsync($"/api/v1/journals/{journal.GetProperty("id").GetInt64()}/docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("第五期", text);
        Assert.Contains("征文获奖作品·小学高年级组", text);
        var winner = await App.WithDbAsync(db => db.Submissions.Where(s => s.Award == AwardLevel.First).Select(s => s.Title).FirstAsync());
        Assert.Contains(winner, text);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiClientAsync("wushenzhao")).GetAsync($"/api/v1/journals/{journal.GetProperty("id").GetInt64()}/docx")).StatusCode);
    }

    [Fact]
    public async Task The_organiser_sees_each_judge_done_when_every_piece_they_may_score_is_scored()
    {
        // The demo judges scored every piece of their group except their own school's, which they may not score.
        var id = await DemoContestIdAsync();
        var ownPieces = await App.WithDbAsync(db => db.ContestJudges.Where(j => j.ContestId == id)
            .CountAsync(j => db.Submissions.Any(s => s.ContestId == id && s.Group == j.Group && s.UnitId == j.JudgeUnitId)));
        Assert.True(ownPieces > 0, "the demo must have a judge whose own school entered a piece in their group");

        var officer = await App.SignedInAsync("zhenglu");
        var html = await officer.GetStringAsync($"/essays/{id}");
        var rows = System.Text.RegularExpressions.Regex.Matches(html, @"data-label=""已评"">(\d+) / (\d+)<");

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(r.Groups[2].Value, r.Groups[1].Value));
    }
}

public sealed class EssayContestTestsOnSqlite(SqliteAppFixture fixture) : EssayContestTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class EssayContestTestsOnPostgres(PostgresAppFixture fixture) : EssayContestTests(fixture), IClassFixture<PostgresAppFixture>;
