using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Guangong.Web.Features.People;
using Guangong.Web.Features.Statistics.Reports;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Statistics;

/// <summary>
/// The annual return's 表二 accounts for every move on and off the roll: a reader checks the year's 在册 against last
/// year's plus 新增 less 减少, 暂停 and back again. A suspension had no line, so 新增 7, 减少 0 stood beside 在册 6.
/// The Word export is what goes up to the district: no platform words in it, and no date it was not given.
/// Run once per provider.
/// </summary>
public abstract class AnnualReturnTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task The_roster_lines_count_suspensions_and_returns_so_the_year_adds_up()
    {
        var village = await App.UnitAsync("焦溪村关工委");
        await App.WithDbAsync(async db =>
        {
            Volunteer Person(string name, params (VolunteerStatus To, string Date)[] moves)
            {
                var v = new Volunteer { UnitId = village.Id, UnitPath = village.Path, Name = name, Gender = Gender.Male, BirthYear = 1950 };
                // The first step is the registration, from no status, as the roster's form records it.
                v.History.Add(new VolunteerStatusChange { UnitId = village.Id, UnitPath = village.Path, ToStatus = moves[0].To, Date = DateOnly.Parse(moves[0].Date) });
                v.Status = moves[0].To;
                foreach (var (to, date) in moves.Skip(1))
                {
                    v.History.Add(VolunteerStatusChange.Apply(v, to, DateOnly.Parse(date), null));
                }

                return v;
            }

            db.Volunteers.AddRange(
                Person("年报甲", (VolunteerStatus.Active, "2019-02-01"), (VolunteerStatus.Suspended, "2019-06-01")),
                Person("年报乙", (VolunteerStatus.Active, "2019-03-01"), (VolunteerStatus.Suspended, "2019-04-01"), (VolunteerStatus.Active, "2019-09-01")),
                Person("年报丙", (VolunteerStatus.Active, "2019-01-10"), (VolunteerStatus.Withdrawn, "2019-11-01")),
                Person("年报丁", (VolunteerStatus.Prospective, "2019-05-01"), (VolunteerStatus.Active, "2019-07-01")));
            return await db.SaveChangesAsync();
        });

        var officer = await App.SignedInAsync("zhenglu");
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/statistics/annual?unit={village.Id}&year=2019"));
        string Line(string label) => Regex.Match(page, $"<td data-label=\"项目\">{Regex.Escape(label)}</td>\\s*<td[^>]*>[^<]*</td>\\s*<td data-label=\"数值\">\\s*([^<\\s]+)").Groups[1].Value;
        Assert.Equal("4", Line("本年新增"));
        Assert.Equal("1", Line("本年减少（退出、已故）"));
        Assert.Equal("2", Line("本年暂停"));
        Assert.Equal("1", Line("本年由暂停恢复在册"));
        Assert.Equal("2", Line("在册五老合计")); // 4 − 1 − 2 + 1: 乙 and 丁

        using var word = WordprocessingDocument.Open(new MemoryStream(await officer.GetByteArrayAsync($"/statistics/annual/docx?unit={village.Id}&year=2019")), false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("本年暂停", text);
        Assert.Contains("填报单位：焦溪村关工委", text);
        Assert.Contains("2019年度尚未关账", text);
        // The open year's return is dated by hand, and carries none of the page's words for where a figure came from.
        Assert.Contains("填报日期：　　　　年　　月　　日", text);
        Assert.DoesNotContain("平台", text);
        Assert.DoesNotContain("来源", text);
        Assert.DoesNotContain("状态", text);
        Assert.DoesNotContain("焦溪村关工委" + "焦溪村关工委", text); // unsigned: the name stands once, in 填报单位

        // Typed lines (the town's own return): a count is whole; full-width digits, as a Chinese input method types them,
        // are read as digits.
        var town = await App.UnitAsync("郑陆镇关工委");
        var form = new Dictionary<string, string> { ["Typed[typed.lectures]"] = "2.5", ["Typed[typed.funds.grant]"] = "１２．５" };
        var refused = WebUtility.HtmlDecode(await (await officer.PostFormAsync($"/statistics/annual?unit={town.Id}&year=2019", "annual-typed", form)).Content.ReadAsStringAsync());
        Assert.Contains("“报告会、讲座”按场计，应为整数。", refused);
        Assert.DoesNotContain("“上级拨款”应为", refused);
        form["Typed[typed.lectures]"] = "３";
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/statistics/annual?unit={town.Id}&year=2019", "annual-typed", form)).StatusCode);
        page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/statistics/annual?unit={town.Id}&year=2019"));
        Assert.Contains("value=\"3\"", page);
        Assert.Contains("value=\"12.5\"", page);

        // Closed, it is signed and dated on its closing day, with nothing left for the hand but the two names.
        var api = await App.ApiClientAsync("zhenglu");
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/v1/reports/close", new { unit = village.Id.ToString(), kind = "year", year = "2019" })).StatusCode);
        // Closed by a person, named as the platform names them (郑陆镇关工委干事), not by the login name.
        var closer = await App.WithDbAsync(db => db.Users.Where(u => u.UserName == "zhenglu").Select(u => u.DisplayName).SingleAsync());
        Assert.Equal(closer, await App.WithDbAsync(db => db.ReportPeriods.Where(p => p.UnitId == village.Id && p.Year == 2019 && p.Kind == PeriodKind.Year).Select(p => p.ClosedBy).SingleAsync()));
        using var closed = WordprocessingDocument.Open(new MemoryStream(await officer.GetByteArrayAsync($"/statistics/annual/docx?unit={village.Id}&year=2019")), false);
        var closedText = closed.MainDocumentPart!.Document!.Body!.InnerText;
        var today = Guangong.Web.Infrastructure.Time.ChinaTime.Today(TimeProvider.System);
        Assert.Contains($"焦溪村关工委{today.Year}年{today.Month}月{today.Day}日", closedText);
        Assert.DoesNotContain("尚未关账", closedText);
        Assert.DoesNotContain("填报日期", closedText);
        Assert.Contains("本年暂停", closedText);
        page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/statistics/annual?unit={village.Id}&year=2019"));
        Assert.Equal("2", Line("本年暂停")); // kept at closing, zero lines too

        // A year closed before the suspension lines existed has no figure for them: "—", not 0.
        await App.WithDbAsync(async db =>
        {
            var period = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.ReportPeriods, p => p.UnitId == village.Id && p.Year == 2019 && p.Snapshot != null);
            period.Snapshot = System.Text.RegularExpressions.Regex.Replace(period.Snapshot!, @"\{[^{}]*""volunteers\.(suspended|resumed)""[^{}]*\},?", string.Empty).Replace(",]", "]");
            return await db.SaveChangesAsync();
        });
        page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/statistics/annual?unit={village.Id}&year=2019"));
        Assert.Equal("—", Line("本年暂停"));
        Assert.Equal("1", Line("本年减少（退出、已故）"));
    }

    [Fact]
    public async Task The_audit_log_says_which_typed_figure_changed_from_what_to_what()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var town = await App.UnitAsync("郑陆镇关工委");
        var url = $"/statistics/annual?unit={town.Id}&year=2018";
        var form = new Dictionary<string, string> { ["Typed[typed.lectures]"] = "3", ["Typed[typed.funds.grant]"] = "2.5" };
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url, "annual-typed", form)).StatusCode);
        form["Typed[typed.lectures]"] = "5";
        form["Typed[typed.funds.spent]"] = "1";
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url, "annual-typed", form)).StatusCode);

        var admin = await App.SignedInAsync("admin");
        var log = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/audit?user=zhenglu&entity={nameof(ReportPeriod)}"));
        Assert.Contains("年报手填数字·报告会、讲座（场）：3 → 5", log);
        Assert.Contains("年报手填数字·全年支出（万元）：（空） → 1", log);
        Assert.Contains("年报手填数字·上级拨款（万元）：2.5", log); // the first save's line
        Assert.DoesNotContain("上级拨款（万元）：2.5 → 2.5", log);
        Assert.DoesNotContain("年报手填数字：已", log);

        // The record is the year's return, not its number 0; and a year has no month or quarter.
        Assert.Matches(@"2018年度（\d+）", log);
        Assert.Contains("月份或季度：（全年）", log);
    }
}

public sealed class AnnualReturnTestsOnSqlite(SqliteAppFixture fixture) : AnnualReturnTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class AnnualReturnTestsOnPostgres(PostgresAppFixture fixture) : AnnualReturnTests(fixture), IClassFixture<PostgresAppFixture>;
