using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People;
using Guangong.Web.Features.Safety.Cafes;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Safety;

/// <summary>网吧义务监督: registry, phone inspections with counts only, the monthly schedule and the year's statistics.</summary>
public abstract class CafeTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private async Task<(Unit Village, long Elder, long CafeId)> CafeAsync(HttpClient officer)
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var village = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"网吧测试村{Guid.NewGuid():N}"[..12], UnitLevel.Village, UnitKind.Committee)));
        var elder = await App.WithDbAsync(async db =>
        {
            var v = new Volunteer { UnitId = village.Id, UnitPath = village.Path, Name = ChineseName.Unique("监", 2), Gender = Gender.Male, BirthYear = 1955, StatusDate = new DateOnly(2023, 1, 1), CreatedUtc = DateTime.UtcNow };
            db.Volunteers.Add(v);
            await db.SaveChangesAsync();
            return v.Id;
        });
        var name = $"测试网咖{Guid.NewGuid():N}"[..10];
        var page = await officer.GetStringAsync("/cafes");
        var created = await officer.PostAsync("/cafes", new FormUrlEncodedContent(new List<KeyValuePair<string, string>>
        {
            new("_handler", "cafe-add"), new("__RequestVerificationToken", HttpSession.AntiforgeryToken(page)),
            new("Input.Name", name), new("Input.UnitId", village.Id.ToString()), new("Input.InspectionsPerMonth", "1"), new("Input.IsOpen", "true"),
            new("Input.OperatorPhone", "13915001299"), new("supervisor", elder.ToString()),
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await App.WithDbAsync(db => db.InternetCafes.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());
        return (village, elder, id);
    }

    private static object Inspection(long elder, string minors = "0", string followUp = "None", string? date = null, string time = "00:01") => new
    {
        date = date ?? DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"), time, volunteerId = elder.ToString(), hours = "1.5", minorsFound = minors,
        signPresent = "是", idChecksDone = "否", followUpTo = followUp,
    };

    [Fact]
    public async Task The_header_link_opens_the_closed_form_without_script()
    {
        // A phone browser without script follows the link and gets the page with the form already open, not its heading alone.
        var officer = await App.SignedInAsync("zhenglu");
        var list = await officer.GetStringAsync("/cafes");
        Assert.Contains("href=\"/cafes?add=1#cafe-add\"", list);
        Assert.DoesNotMatch("<details[^>]*open[^>]*>\\s*<summary[^>]*id=\"cafe-add\"", list);
        Assert.Matches("<details[^>]*open[^>]*>\\s*<summary[^>]*id=\"cafe-add\"", await officer.GetStringAsync("/cafes?add=1"));
    }

    [Fact]
    public async Task An_inspection_on_the_phone_counts_for_the_schedule_the_year_and_carries_no_names()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var (_, elder, cafeId) = await CafeAsync(officer);
        var api = await App.ApiClientAsync("zhenglu");
        var overdue = await api.GetFromJsonAsync<JsonElement>("/api/v1/cafes?overdue=1");
        Assert.Contains(overdue.EnumerateArray(), c => c.GetProperty("id").GetInt64() == cafeId);

        var saved = await api.PostAsJsonAsync($"/api/v1/cafes/{cafeId}/inspections", Inspection(elder, minors: "2", followUp: "Police"));
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        overdue = await api.GetFromJsonAsync<JsonElement>("/api/v1/cafes?overdue=1");
        Assert.DoesNotContain(overdue.EnumerateArray(), c => c.GetProperty("id").GetInt64() == cafeId);
        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cafes/{cafeId}/inspections");
        var row = list.EnumerateArray().Single();
        Assert.Equal(2, row.GetProperty("minorsFound").GetInt32());
        Assert.Equal("派出所", row.GetProperty("followUpToName").GetString());

        var year = DateTime.UtcNow.AddHours(8).Year;
        var stats = await App.WithServiceAsync<CafeDirectory, IReadOnlyList<CafeYear>>(d => d.YearAsync(year), (await App.UnitAsync("郑陆镇关工委")).Id, (await App.UnitAsync("郑陆镇关工委")).Path);
        var mine = stats.Single(s => s.Id == cafeId);
        Assert.Equal((1, 2, 1, 1, 1.5m), (mine.Inspections, mine.MinorsFound, mine.NoIdChecks, mine.FollowUps, mine.Hours));
        Assert.Contains("table-warning", await officer.GetStringAsync($"/cafes/{cafeId}"));
    }

    [Fact]
    public async Task Absurd_counts_a_non_supervisor_a_future_time_and_minors_without_follow_up_are_refused_and_nothing_is_saved()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var (_, elder, cafeId) = await CafeAsync(officer);
        var api = await App.ApiClientAsync("zhenglu");
        async Task<string> Refused(object body)
        {
            var answer = await api.PostAsJsonAsync($"/api/v1/cafes/{cafeId}/inspections", body);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            return await answer.Content.ReadAsStringAsync();
        }

        Assert.Contains("发现未成年人数应为0到50之间的整数", await Refused(Inspection(elder, minors: "500", followUp: "Police")));
        Assert.Contains("发现未成年人数应为0到50之间的整数", await Refused(Inspection(elder, minors: "-3")));
        Assert.Contains("须移交派出所或文化执法", await Refused(Inspection(elder, minors: "1")));
        Assert.Contains("请选择该网吧的义务监督员", await Refused(Inspection(elder + 100000)));
        Assert.Contains("检查时间不能晚于现在", await Refused(Inspection(elder, time: "23:59", date: DateTime.UtcNow.AddHours(8).AddDays(1).ToString("yyyy-MM-dd"))));
        Assert.False(await App.WithDbAsync(db => db.CafeInspections.AnyAsync(i => i.CafeId == cafeId)));

        var page = await officer.PostFormAsync($"/cafes/{cafeId}", "cafe-inspection", new Dictionary<string, string>
        {
            ["Inspection.Date"] = "2024-05-06", ["Inspection.Time"] = "20:30", ["Inspection.VolunteerId"] = elder.ToString(), ["Inspection.Hours"] = "30",
            ["Inspection.MinorsFound"] = "500", ["Inspection.FollowUpTo"] = "Police",
        });
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("发现未成年人数应为0到50之间的整数", html);
        Assert.Contains("检查用时应在0.5到8小时之间", html);
        Assert.Contains("请选择是否张贴“未成年人禁入”标志", html);
        Assert.False(await App.WithDbAsync(db => db.CafeInspections.AnyAsync(i => i.CafeId == cafeId)));
    }

    [Fact]
    public async Task A_cafe_outside_the_scope_can_be_neither_read_nor_inspected()
    {
        var (_, elder, cafeId) = await CafeAsync(await App.SignedInAsync("zhenglu"));
        var other = await App.ApiClientAsync("wushenzhao");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/cafes/{cafeId}/inspections", Inspection(elder))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cafes/{cafeId}/inspections")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.SignedInAsync("wushenzhao")).GetAsync($"/cafes/{cafeId}")).StatusCode);
        Assert.DoesNotContain((await other.GetFromJsonAsync<JsonElement>("/api/v1/cafes")).EnumerateArray(), c => c.GetProperty("id").GetInt64() == cafeId);
        Assert.False(await App.WithDbAsync(db => db.CafeInspections.AnyAsync(i => i.CafeId == cafeId)));
    }

    [Fact]
    public async Task A_cafe_with_a_bad_schedule_phone_or_a_supervisor_outside_the_roster_is_not_saved()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var (village, _, _) = await CafeAsync(officer);
        var wszElder = await App.WithDbAsync(db => db.Volunteers.Where(v => v.Name == "郝和平").Select(v => v.Id).SingleAsync());
        var page = await officer.GetStringAsync("/cafes");
        var name = $"坏网咖{Guid.NewGuid():N}"[..9];
        var answer = await officer.PostAsync("/cafes", new FormUrlEncodedContent(new List<KeyValuePair<string, string>>
        {
            new("_handler", "cafe-add"), new("__RequestVerificationToken", HttpSession.AntiforgeryToken(page)),
            new("Input.Name", name), new("Input.UnitId", village.Id.ToString()), new("Input.InspectionsPerMonth", "99"),
            new("Input.OperatorPhone", "12345"), new("supervisor", wszElder.ToString()),
        }));
        var html = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
        Assert.Contains("每月检查次数应为1到8之间的整数", html);
        Assert.Contains("电话应为11位手机号", html);
        Assert.Contains("监督员须从您管理范围内在册的五老中选择", html);
        Assert.False(await App.WithDbAsync(db => db.InternetCafes.AnyAsync(c => c.Name == name)));
    }
}

public sealed class CafeTestsOnSqlite(SqliteAppFixture fixture) : CafeTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class CafeTestsOnPostgres(PostgresAppFixture fixture) : CafeTests(fixture), IClassFixture<PostgresAppFixture>;
