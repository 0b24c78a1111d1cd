using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Documents;
using Guangong.Web.Features.Publicity;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Publicity;

/// <summary>The monthly 通报: drafted from the figures, issued with a number, closing the month; corrections in the next one.</summary>
public abstract class BulletinTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_bulletin_needs_a_date_it_is_given_issues_with_a_number_and_closes_the_month()
    {
        var t = await TownWithProfileAsync();
        var id = (await t.ArticleAsync(App, written: "2023-07-05")).GetProperty("id").GetInt64();
        var reporter = await App.ApiClientAsync(t.Reporter, PublicityTown.Password);
        Assert.Equal(HttpStatusCode.Created, (await reporter.PostAsJsonAsync($"/api/v1/articles/{id}/adoptions", new { outletId = t.TownOutlet.ToString(), date = "2023-07-06", link = "https://mp.weixin.qq.com/s/j" })).StatusCode);

        var officer = await App.ApiClientAsync(t.Officer, PublicityTown.Password);
        await ApprovedAsync(t, 2023, 7);
        var undated = await officer.PostAsJsonAsync("/api/v1/publicity/bulletins", new { year = 2023, month = 7 });
        Assert.Equal(HttpStatusCode.BadRequest, undated.StatusCode);
        Assert.Contains("请填写日期", await undated.Content.ReadAsStringAsync());
        var early = await officer.PostAsJsonAsync("/api/v1/publicity/bulletins", new { year = 2023, month = 7, date = "2023-07-30" });
        Assert.Contains("成文日期应在2023年7月结束之后", await early.Content.ReadAsStringAsync());
        Assert.False(await App.WithDbAsync(db => db.PublicityMonthClosures.AnyAsync(c => c.UnitId == t.Town.Id)));

        var issued = await officer.PostAsJsonAsync("/api/v1/publicity/bulletins", new { year = 2023, month = 7, date = "2023-08-03" });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var document = await App.WithDbAsync(db => db.IssuedDocuments.SingleAsync(d => d.UnitId == t.Town.Id));
        Assert.Equal(("测关发〔2023〕1号", "关于2023年7月份关工信息宣传工作情况的通报", DocumentKind.PublicityBulletin), (document.Number, document.Title, document.Kind));
        var file = await officer.GetByteArrayAsync((await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("file").GetString());
        Assert.Equal(document.Content, file);

        var late = await reporter.PostAsJsonAsync($"/api/v1/articles/{id}/adoptions", new { outletId = t.CityOutlet.ToString(), date = "2023-07-20", pageIssue = "第4版" });
        Assert.Contains("2023年7月的宣传通报已印发", await late.Content.ReadAsStringAsync());
        var again = await officer.PostAsJsonAsync("/api/v1/publicity/bulletins", new { year = 2023, month = 7, date = "2023-08-04" });
        Assert.Contains("通报已经印发，不能重复印发", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await App.WithDbAsync(db => db.IssuedDocuments.CountAsync(d => d.UnitId == t.Town.Id)));
    }

    [Fact]
    public async Task A_printing_office_without_a_printing_date_prints_the_bulletin_on_its_own_date_not_today()
    {
        var t = await TownWithProfileAsync();
        var officer = await App.ApiClientAsync(t.Officer, PublicityTown.Password);
        await ApprovedAsync(t, 2023, 7);

        var issued = await officer.PostAsJsonAsync("/api/v1/publicity/bulletins", new { year = 2023, month = 7, date = "2023-08-03" });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);

        var file = await officer.GetByteArrayAsync((await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("file").GetString());
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(file));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        // The profile's printing office, and the 版记's date: the 成文日期 the officer gave, as no printing date was.
        Assert.Contains(t.Town.Name + "办公室", xml, StringComparison.Ordinal);
        Assert.Contains("2023年8月3日印发", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_draft_reads_in_whole_sentences_from_the_figures_and_the_next_one_corrects_a_changed_month()
    {
        var t = await TownWithProfileAsync();
        var id = (await t.ArticleAsync(App, written: "2023-09-05")).GetProperty("id").GetInt64();
        var reporter = await App.ApiClientAsync(t.Reporter, PublicityTown.Password);
        await reporter.PostAsJsonAsync($"/api/v1/articles/{id}/adoptions", new { outletId = t.TownOutlet.ToString(), date = "2023-09-06", link = "https://mp.weixin.qq.com/s/s" });

        var browser = await App.SignedInAsync(t.Officer, PublicityTown.Password);
        var september = Draft(await browser.GetStringAsync("/publicity/bulletins/new?year=2023&month=9"));
        Assert.StartsWith($"2023年9月，{t.Town.Name}所属各关工组织共报送宣传稿件1篇，被各级媒体采用1篇次，其中镇级1篇次。", september);
        Assert.Contains($"本月积分最高的是村通讯员（{t.Village.Name}），0.5分。", september);
        Assert.Contains("村通讯员（应报2篇，实报1篇）", september);
        Assert.Contains($"本月没有报送稿件的单位有：{t.Town.Name}。", september);
        Assert.DoesNotContain("更正", september);
        Assert.All(september.Split('\n'), line => Assert.True(line.EndsWith('。') || System.Text.RegularExpressions.Regex.IsMatch(line, "^[一二三四]、"), line));

        var officer = await App.ApiClientAsync(t.Officer, PublicityTown.Password);
        await ApprovedAsync(t, 2023, 9);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/v1/publicity/bulletins", new { year = 2023, month = 9, date = "2023-10-08" })).StatusCode);

        // Adopted by the province in October: counted once at its highest level, its points leave September.
        await reporter.PostAsJsonAsync($"/api/v1/articles/{id}/adoptions", new { outletId = t.ProvinceOutlet.ToString(), date = "2023-10-10", link = "https://example.org/p" });
        var october = Draft(await browser.GetStringAsync("/publicity/bulletins/new?year=2023&month=10"));
        Assert.Contains("四、对此前通报的更正", october);
        Assert.Contains("2023年9月份通报印发后，因稿件采用情况或评分规则变化，经复核，村通讯员的积分由0.5分更正为0分。", october);
        Assert.Contains("本月积分最高的是村通讯员", october);
    }

    [Fact]
    public async Task An_unapproved_bulletin_is_not_issued_its_writer_cannot_approve_it_and_the_history_names_who_did_what()
    {
        var t = await TownWithProfileAsync();
        var officer = await App.ApiClientAsync(t.Officer, PublicityTown.Password);
        var other = await App.ApiClientAsync(t.OtherOfficer, PublicityTown.Password);

        var undrafted = await officer.PostAsJsonAsync("/api/v1/publicity/bulletins", new { year = 2023, month = 6, date = "2023-07-03" });
        Assert.Equal(HttpStatusCode.BadRequest, undrafted.StatusCode);
        Assert.Contains("还没有起草和审核，不能印发", await undrafted.Content.ReadAsStringAsync());

        var drafted = await (await officer.PostAsJsonAsync("/api/v1/publicity/bulletins/drafts", new { year = 2023, month = 6, version = 0 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("待审核", drafted.GetProperty("status").GetString());
        var version = drafted.GetProperty("version").GetInt64();
        var pending = await officer.PostAsJsonAsync("/api/v1/publicity/bulletins", new { year = 2023, month = 6, date = "2023-07-03" });
        Assert.Contains("还没有审核通过，不能印发", await pending.Content.ReadAsStringAsync());
        var self = await officer.PostAsJsonAsync("/api/v1/publicity/bulletins/drafts/decision", new { year = 2023, month = 6, decision = "approve", version });
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Contains("不能审核自己的稿子", await self.Content.ReadAsStringAsync());
        var silent = await other.PostAsJsonAsync("/api/v1/publicity/bulletins/drafts/decision", new { year = 2023, month = 6, decision = "return", version });
        Assert.Contains("退回修改时请写明意见", await silent.Content.ReadAsStringAsync());
        Assert.False(await App.WithDbAsync(db => db.PublicityMonthClosures.AnyAsync(c => c.UnitId == t.Town.Id)));

        var approved = await (await other.PostAsJsonAsync("/api/v1/publicity/bulletins/drafts/decision", new { year = 2023, month = 6, decision = "approve", version })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("已审核", approved.GetProperty("status").GetString());

        // Edited after approval: the approval is withdrawn, so what is issued is what was approved.
        var edited = await (await officer.PostAsJsonAsync("/api/v1/publicity/bulletins/drafts", new { year = 2023, month = 6, title = "关于2023年6月份关工信息宣传工作情况的通报", text = "改过的正文。", version = approved.GetProperty("version").GetInt64() })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("待审核", edited.GetProperty("status").GetString());
        await other.PostAsJsonAsync("/api/v1/publicity/bulletins/drafts/decision", new { year = 2023, month = 6, decision = "approve", version = edited.GetProperty("version").GetInt64() });
        var issued = await officer.PostAsJsonAsync("/api/v1/publicity/bulletins", new { year = 2023, month = 6, date = "2023-07-03", text = "未经审核的正文。" });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var file = await officer.GetByteArrayAsync((await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("file").GetString());
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(file)))
        using (var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open()))
        {
            var xml = await reader.ReadToEndAsync();
            Assert.Contains("改过的正文。", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("未经审核的正文", xml, StringComparison.Ordinal);
        }

        var steps = await App.WithDbAsync(db => db.BulletinSteps.Where(s => s.UnitId == t.Town.Id).OrderBy(s => s.Id).Select(s => new { s.Action, s.UserName }).ToListAsync());
        Assert.Equal(
            [(BulletinAction.Drafted, t.Officer), (BulletinAction.Approved, t.OtherOfficer), (BulletinAction.Edited, t.Officer), (BulletinAction.Approved, t.OtherOfficer), (BulletinAction.Issued, t.Officer)],
            steps.Select(s => (s.Action, s.UserName)));
    }

    /// <summary>The month's draft saved by the officer from the figures, and approved by the other officer.</summary>
    private async Task ApprovedAsync(PublicityTown t, int year, int month)
    {
        var officer = await App.ApiClientAsync(t.Officer, PublicityTown.Password);
        var drafted = await officer.PostAsJsonAsync("/api/v1/publicity/bulletins/drafts", new { year, month, version = 0 });
        Assert.Equal(HttpStatusCode.OK, drafted.StatusCode);
        var other = await App.ApiClientAsync(t.OtherOfficer, PublicityTown.Password);
        var version = (await drafted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsJsonAsync("/api/v1/publicity/bulletins/drafts/decision", new { year, month, decision = "approve", version })).StatusCode);
    }

    private async Task<PublicityTown> TownWithProfileAsync()
    {
        var t = await PublicityTown.CreateAsync(App);
        await App.WithDbAsync(async db =>
        {
            db.IssuingProfiles.Add(new IssuingProfile { UnitId = t.Town.Id, UnitPath = t.Town.Path, IssuerMark = t.Town.Name + "文件", SignatureName = t.Town.Name, NumberPattern = "测关发〔{year}〕{n}号", PrintingOffice = t.Town.Name + "办公室" });
            return await db.SaveChangesAsync();
        });
        return t;
    }

    private static string Draft(string html) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "<textarea id=\"b-text\"[^>]*>([^<]*)</textarea>").Groups[1].Value).Replace("\r\n", "\n");
}

public sealed class BulletinTestsOnSqlite(SqliteAppFixture fixture) : BulletinTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class BulletinTestsOnPostgres(PostgresAppFixture fixture) : BulletinTests(fixture), IClassFixture<PostgresAppFixture>;
