using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Activities;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Safety;

/// <summary>
/// Issue 14.1: legal-education activities carry the 四进 they served and the laws taught (only on those
/// categories, only from the lists), and the year view shows units × 四进 with gaps, sessions and youth.
/// </summary>
public abstract class LegalEducationTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private async Task<HttpResponseMessage> PostAsync(HttpClient api, string title, string category, string? fourIn, string? laws, long unitId) =>
        await api.PostAsJsonAsync("/api/v1/activities", new { title, category, status = "Completed", date = "2023-04-20", unitId = unitId.ToString(), youthReached = "60", fourIn, laws });

    [Fact]
    public async Task Four_in_and_laws_are_kept_from_the_lists_only_and_only_on_a_legal_education_category()
    {
        var village = await App.UnitAsync("焦溪村关工委");
        var api = await App.ApiClientAsync("zhenglu");
        var title = $"普法测试{Guid.NewGuid():N}"[..10];

        var created = await PostAsync(api, title, "法治教育", "进校园,Community", "未成年人保护法，家庭教育促进法", village.Id);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var dto = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("校园、社区", dto.GetProperty("fourIn").GetString());
        Assert.Equal("未成年人保护法、家庭教育促进法", dto.GetProperty("laws").GetString());
        var saved = await App.WithDbAsync(db => db.Activities.SingleAsync(a => a.Title == title));
        Assert.Equal(FourIn.School | FourIn.Community, saved.FourIn);

        // A 四进 that does not exist, a law typed as nonsense, a number for a flag: refused beside the field, nothing saved.
        async Task<string> Refused(string? fourIn, string? laws)
        {
            var name = $"坏普法{Guid.NewGuid():N}"[..9];
            var answer = await PostAsync(api, name, "法治教育", fourIn, laws, village.Id);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.False(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == name)));
            return await answer.Content.ReadAsStringAsync();
        }

        Assert.Contains("“进火星”不是法治教育“四进”之一", await Refused("校园、进火星", null));
        Assert.Contains("不是法治教育“四进”之一", await Refused("3", null));
        Assert.Contains("“进城”不是法治教育“四进”之一", await Refused("进村,进城", null));
        Assert.Contains("“随便什么法”不在所讲法律的列表中", await Refused("村", "未成年人保护法、随便什么法"));
        Assert.Contains("\"laws\"", await Refused(null, "<script>"));

        // Another category does not keep them.
        var other = $"非普法{Guid.NewGuid():N}"[..9];
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(api, other, "红色教育", "校园", "宪法", village.Id)).StatusCode);
        var red = await App.WithDbAsync(db => db.Activities.SingleAsync(a => a.Title == other));
        Assert.Equal((FourIn)0, red.FourIn);
        Assert.Null(red.LawsTaught);

        // The edit form shows the boxes for the legal-education activity, ticked as saved.
        var officer = await App.SignedInAsync("zhenglu");
        var form = WebUtility.HtmlDecode(await officer.GetStringAsync($"/activities/{saved.Id}/edit"));
        Assert.Contains("legal-fields show", form);
        Assert.Matches("name=\"fourIn\" value=\"校园\" checked", form);
        Assert.Matches("name=\"law\" value=\"家庭教育促进法\" checked", form);
        Assert.DoesNotContain("legal-fields show", WebUtility.HtmlDecode(await officer.GetStringAsync($"/activities/{red.Id}/edit")));
    }

    [Fact]
    public async Task The_year_view_counted_in_the_database_is_the_count_over_the_activities_and_the_latest_year_comes_from_the_roll_ups()
    {
        // Issue 18: the view groups the year's legal sessions in the database (a district's year held a hundred thousand
        // activities, all read to keep a few) and finds the latest year from the monthly roll-ups.
        var town = await App.UnitAsync("郑陆镇关工委");
        var (view, latest) = await App.WithServiceAsync<Guangong.Web.Features.Safety.Legal.LegalCoverage, (Guangong.Web.Features.Safety.Legal.LegalCoverageView?, int)>(
            async c => (await c.YearAsync(town.Id, 2023), await c.LatestYearAsync(town.Id, 2026)), town.Id, town.Path);
        Assert.NotNull(view);

        var activities = await App.WithDbAsync(db => db.Activities.AsNoTracking().Where(a => a.UnitPath.StartsWith(town.Path) && a.Status == ActivityStatus.Completed)
            .Select(a => new { a.UnitPath, a.Category, a.Date, a.FourIn, a.LawsTaught, a.YouthReached }).ToListAsync());
        var legal = activities.Where(a => LegalEducation.IsLegalCategory(a.Category)).ToList();
        Assert.Equal(legal.Max(a => a.Date.Year), latest);

        var year = legal.Where(a => a.Date.Year == 2023).ToList();
        Assert.True(year.Count >= 3, "the demo's 2023 legal sessions");
        var children = await App.WithDbAsync(db => db.Units.AsNoTracking().Where(u => u.ParentId == town.Id).ToDictionaryAsync(u => u.Id, u => u.Path));
        foreach (var row in view.Rows)
        {
            var held = row.IsRoot ? year.Where(a => a.UnitPath == town.Path).ToList() : year.Where(a => a.UnitPath.StartsWith(children[row.UnitId], StringComparison.Ordinal)).ToList();
            Assert.Equal(held.Count, row.Total);
            Assert.Equal(held.Sum(a => a.YouthReached), row.Youth);
            Assert.Equal(held.Count(a => a.FourIn == 0), row.WithoutFourIn);
            Assert.All(LegalEducation.AllFourIn, f => Assert.Equal(held.Count(a => a.FourIn.HasFlag(f)), row.For(f)));
        }

        var laws = year.SelectMany(a => LegalEducation.LawList(a.LawsTaught)).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(laws.OrderBy(l => l.Key, StringComparer.Ordinal), view.Laws.OrderBy(l => l.Key, StringComparer.Ordinal));
        Assert.Equal(year.Count, view.Total);
    }

    [Fact]
    public async Task The_year_view_shows_units_by_four_in_with_gaps_sessions_and_youth_and_exports_them()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var officer = await App.SignedInAsync("zhenglu");
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/safety/legal-education?unit={town.Id}&year=2023"));
        Assert.Contains("2023年法治教育“四进”覆盖", page);
        Assert.Contains("coverage-gap", page);
        Assert.Contains("常州郑陆机械有限公司关工委", page);
        // The demo's 郑陆法庭关爱工作站 held one session both 进校园 and 进社区: its columns add up to more than its total, and the page says why.
        Assert.Contains("data-testid=\"legal-overlap\"", page);

        var api = await App.ApiClientAsync("zhenglu");
        var view = await api.GetFromJsonAsync<JsonElement>($"/api/v1/legal-education?unit={town.Id}&year=2023");
        var rows = view.GetProperty("rows").EnumerateArray().ToList();
        var company = rows.Single(r => r.GetProperty("unit").GetString() == "常州郑陆机械有限公司关工委");
        Assert.True(company.GetProperty("enterprise").GetInt32() >= 1);
        Assert.Equal(0, company.GetProperty("school").GetInt32());
        var school = rows.Single(r => r.GetProperty("unit").GetString() == "郑陆初级中学关工委");
        Assert.True(school.GetProperty("school").GetInt32() >= 1);
        Assert.True(school.GetProperty("youth").GetInt32() >= 320);
        Assert.True(view.GetProperty("laws").GetProperty("预防未成年人犯罪法").GetInt32() >= 2);
        Assert.Equal(rows.Sum(r => r.GetProperty("sessions").GetInt32()), view.GetProperty("sessions").GetInt32());

        var export = await officer.GetAsync($"/safety/legal-education/export?unit={town.Id}&year=2023");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var sheet = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var row = sheet.Single(r => Equals(r["单位"], "常州郑陆机械有限公司关工委"));
        Assert.Equal(0, Convert.ToInt32(row["进校园"], System.Globalization.CultureInfo.InvariantCulture));

        // Another town, or a unit id that is not one, answers like an unknown unit.
        var other = await App.UnitAsync("乌审召镇关工委");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/safety/legal-education?unit={other.Id}&year=2023")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/safety/legal-education?unit=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/legal-education?unit={other.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/safety/legal-education/export?unit={other.Id}&year=2023")).StatusCode);
        Assert.DoesNotContain("乌审召", WebUtility.HtmlDecode(await officer.GetStringAsync("/safety/legal-education?year=2023")));
    }
}

public sealed class LegalEducationTestsOnSqlite(SqliteAppFixture fixture) : LegalEducationTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class LegalEducationTestsOnPostgres(PostgresAppFixture fixture) : LegalEducationTests(fixture), IClassFixture<PostgresAppFixture>;
