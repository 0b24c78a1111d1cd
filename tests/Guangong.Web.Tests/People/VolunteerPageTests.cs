using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Guangong.Web.Features.Audit;
using Guangong.Web.Features.People;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.People;

/// <summary>The roster's pages through real form posts; run once per provider.</summary>
public abstract partial class VolunteerPageTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private static Dictionary<string, string> Fields(string name, long unitId, string phone = "13700001111", string year = "1955") => new()
    {
        ["Input.Name"] = name,
        ["Input.Gender"] = "Female",
        ["Input.Ethnicity"] = "蒙古族",
        ["Input.BirthYear"] = year,
        ["Input.Phone"] = phone,
        ["Input.Category"] = "老教师",
        ["Input.Layer"] = "骨干层",
        ["Input.UnitId"] = unitId.ToString(),
        ["Input.Status"] = "Active",
        ["Input.Specialties"] = "剪纸 书法",
    };

    [Fact]
    public async Task The_profile_masks_the_phone_until_asked_and_audits_the_whole_number_being_read()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var hao = await App.WithDbAsync(db => db.Volunteers.SingleAsync(v => v.Name == "郝和平"));
        var before = await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(Volunteer) && a.EntityId == hao.Id.ToString() && a.Action == AuditActions.View));

        var masked = await officer.GetStringAsync($"/volunteers/{hao.Id}");
        Assert.DoesNotContain(hao.Phone!, masked);
        Assert.Contains(Guangong.Web.Infrastructure.Text.PhoneMask.Mask(hao.Phone), masked);
        Assert.Equal(before, await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(Volunteer) && a.EntityId == hao.Id.ToString() && a.Action == AuditActions.View)));

        var whole = await officer.GetStringAsync($"/volunteers/{hao.Id}?phone=full");
        Assert.Contains($"tel:{hao.Phone}", whole);
        Assert.Equal(before + 1, await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(Volunteer) && a.EntityId == hao.Id.ToString() && a.Action == AuditActions.View && a.UserName == "wushenzhao")));

        // The edit form shows the whole number to be corrected: no way round the audited 显示完整号码.
        Assert.Contains($"value=\"{hao.Phone}\"", await officer.GetStringAsync($"/volunteers/{hao.Id}/edit"));
        Assert.Equal(before + 2, await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(Volunteer) && a.EntityId == hao.Id.ToString() && a.Action == AuditActions.View && a.UserName == "wushenzhao")));
    }

    [Fact]
    public async Task A_reader_above_sees_the_phone_masked_even_when_asking_for_it_whole()
    {
        var reader = await App.SignedInAsync("tianning");
        var town = await App.UnitAsync("郑陆镇关工委");
        var hao = await App.WithDbAsync(db => db.Volunteers.Where(v => v.UnitPath.StartsWith(town.Path) && v.Phone != null).OrderBy(v => v.Id).FirstAsync());
        var views = () => App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(Volunteer) && a.EntityId == hao.Id.ToString() && a.Action == AuditActions.View && a.UserName == "tianning"));
        var before = await views();

        var page = WebUtility.HtmlDecode(await reader.GetStringAsync($"/volunteers/{hao.Id}?phone=full"));
        Assert.DoesNotContain(hao.Phone!, page);
        Assert.Contains(Guangong.Web.Infrastructure.Text.PhoneMask.Mask(hao.Phone), page);
        Assert.DoesNotContain("显示完整号码", page);
        Assert.DoesNotContain("?phone=full", WebUtility.HtmlDecode(await reader.GetStringAsync($"/volunteers?q={Uri.EscapeDataString(hao.Name)}")));
        var api = await (await App.ApiClientAsync("tianning")).GetStringAsync($"/api/v1/volunteers/{hao.Id}");
        Assert.DoesNotContain(hao.Phone!, api);
        Assert.Equal(before, await views());
    }

    [Fact]
    public async Task A_reader_above_sees_when_a_volunteer_was_visited_not_what_the_visit_found()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var id = await App.WithDbAsync(async db =>
        {
            var v = await db.Volunteers.Where(x => x.UnitPath.StartsWith(town.Path)).OrderBy(x => x.Id).FirstAsync();
            db.VolunteerVisits.Add(new VolunteerVisit { VolunteerId = v.Id, UnitId = v.UnitId, UnitPath = v.UnitPath, Date = new DateOnly(2026, 3, 2), VisitedBy = "走访测试人", Health = "住院", Needs = "膝盖手术后行动不便" + Guid.NewGuid().ToString("N")[..4], FollowUp = "每周电话问候" });
            await db.SaveChangesAsync();
            return v.Id;
        });
        var needs = await App.WithDbAsync(db => db.VolunteerVisits.Where(x => x.VolunteerId == id).OrderByDescending(x => x.Id).Select(x => x.Needs!).FirstAsync());

        var reader = WebUtility.HtmlDecode(await (await App.SignedInAsync("tianning")).GetStringAsync($"/volunteers/{id}"));
        Assert.Contains("走访测试人", reader);
        Assert.Contains("2026年3月2日", reader);
        Assert.DoesNotContain(needs, reader);
        Assert.DoesNotContain("每周电话问候", reader);
        Assert.DoesNotContain("<th scope=\"col\">身体状况</th>", reader);
        Assert.Contains("仅由管理本名册的单位查看", reader);

        var officer = WebUtility.HtmlDecode(await (await App.SignedInAsync("zhenglu")).GetStringAsync($"/volunteers/{id}"));
        Assert.Contains(needs, officer);
        Assert.Contains("每周电话问候", officer);
        Assert.DoesNotContain("仅由管理本名册的单位查看", officer);
    }

    [Fact]
    public async Task The_list_offers_a_call_that_goes_through_the_audited_whole_number_and_never_carries_it()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var hao = await App.WithDbAsync(db => db.Volunteers.SingleAsync(v => v.Name == "郝和平"));

        var list = WebUtility.HtmlDecode(await officer.GetStringAsync("/volunteers?q=郝和平"));
        Assert.DoesNotContain(hao.Phone!, list);
        Assert.Contains($"href=\"/volunteers/{hao.Id}?phone=full\"", list);
        Assert.Contains("拨打郝和平的电话", list);
    }

    [Fact]
    public async Task Bad_values_get_chinese_messages_beside_their_fields_and_nothing_is_saved()
    {
        var school = await App.UnitAsync("乌审召小学");
        var officer = await App.SignedInAsync("wushenzhao");
        var name = "图雅" + ChineseName.From(Guid.NewGuid().ToString("N")[..3]);
        var response = await officer.PostFormAsync("/volunteers/new", "volunteer-create", Fields(name, school.Id, phone: "12345", year: "3000"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("validation-message\">联系电话应为11位手机号", html);
        Assert.Matches("validation-message\">出生年份须为", html);
        Assert.Contains($"value=\"{name}\"", html);
        Assert.False(await App.WithDbAsync(db => db.Volunteers.AnyAsync(v => v.Name == name)));
    }

    [Fact]
    public async Task Adding_a_volunteer_keeps_the_first_step_of_their_history_and_audits_it()
    {
        var school = await App.UnitAsync("乌审召小学");
        var officer = await App.SignedInAsync("wushenzhao");
        var name = "萨仁" + ChineseName.From(Guid.NewGuid().ToString("N")[..3]);
        var response = await officer.PostFormAsync("/volunteers/new", "volunteer-create", Fields(name, school.Id));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var v = await App.WithDbAsync(db => db.Volunteers.Include(x => x.History).SingleAsync(x => x.Name == name));
        Assert.Equal(school.Path, v.UnitPath);
        Assert.Equal("剪纸、书法", v.Specialties);
        Assert.Equal(VolunteerStatus.Active, Assert.Single(v.History).ToStatus);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(Volunteer) && a.EntityId == v.Id.ToString() && a.Action == AuditActions.Create && a.UserName == "wushenzhao")));

        // The same person again (name, birth year, phone) is a duplicate.
        var again = await officer.PostFormAsync("/volunteers/new", "volunteer-create", Fields(name, school.Id));
        Assert.Contains(VolunteerRoster.DuplicateMessage, WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));

        var profile = WebUtility.HtmlDecode(await officer.GetStringAsync($"/volunteers/{v.Id}?phone=full"));
        Assert.Contains("13700001111", profile);
        var list = WebUtility.HtmlDecode(await officer.GetStringAsync($"/volunteers?q={Uri.EscapeDataString(name)}"));
        Assert.Contains("137****1111", list);
        Assert.DoesNotContain("13700001111", list);
    }

    [Fact]
    public async Task Two_people_editing_the_same_volunteer_keep_the_second_ones_typing_and_overwrite_only_on_purpose()
    {
        var school = await App.UnitAsync("乌审召小学");
        var officer = await App.SignedInAsync("wushenzhao");
        var name = "乌兰" + ChineseName.From(Guid.NewGuid().ToString("N")[..3]);
        await officer.PostFormAsync("/volunteers/new", "volunteer-create", Fields(name, school.Id));
        var v = await App.WithDbAsync(db => db.Volunteers.SingleAsync(x => x.Name == name));

        var first = Fields(name, school.Id);
        first["Input.FormerPost"] = "校长";
        first["Input.Version"] = v.Version.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/volunteers/{v.Id}/edit", "volunteer-edit", first)).StatusCode);

        var second = Fields(name, school.Id);
        second["Input.FormerPost"] = "副校长";
        second["Input.Version"] = v.Version.ToString();
        var response = await officer.PostFormAsync($"/volunteers/{v.Id}/edit", "volunteer-edit", second);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(Guangong.Web.Components.Shared.ConflictedForm.Message, html);
        Assert.Contains("value=\"副校长\"", html); // what the second tab typed stays in the form
        Assert.Contains("他人保存的是：“校长”", html); // beside the field: what the first save holds
        Assert.Equal("校长", await App.WithDbAsync(db => db.Volunteers.Where(x => x.Id == v.Id).Select(x => x.FormerPost).SingleAsync()));

        // Sent again from that page (on the saved version), the second change is made on purpose.
        second["Input.Version"] = System.Text.RegularExpressions.Regex.Match(html, "name=\"Input.Version\"[^>]*value=\"(\\d+)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/volunteers/{v.Id}/edit", "volunteer-edit", second)).StatusCode);
        Assert.Equal("副校长", await App.WithDbAsync(db => db.Volunteers.Where(x => x.Id == v.Id).Select(x => x.FormerPost).SingleAsync()));
    }

    [Fact]
    public async Task Status_changes_keep_history_and_visits_take_a_volunteer_off_the_care_list()
    {
        var village = await App.UnitAsync("巴音敖包嘎查关工委");
        var officer = await App.SignedInAsync("wushenzhao");
        var name = "娜仁" + ChineseName.From(Guid.NewGuid().ToString("N")[..3]);
        var fields = Fields(name, village.Id);
        fields["Input.Status"] = "Prospective";
        fields["Input.StatusDate"] = "2023-03-01";
        await officer.PostFormAsync("/volunteers/new", "volunteer-create", fields);
        var v = await App.WithDbAsync(db => db.Volunteers.SingleAsync(x => x.Name == name));
        Assert.Equal(VolunteerStatus.Prospective, v.Status);

        var status = await officer.PostFormAsync($"/volunteers/{v.Id}", "volunteer-status", new Dictionary<string, string>
        {
            ["StatusForm.Status"] = "Active",
            ["StatusForm.Date"] = "2023-05-04",
            ["StatusForm.Version"] = v.Version.ToString(),
            ["StatusForm.Note"] = "培训合格，转为在册",
        });
        Assert.Equal(HttpStatusCode.Redirect, status.StatusCode);
        var history = await App.WithDbAsync(db => db.VolunteerStatusChanges.Where(c => c.VolunteerId == v.Id).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal([VolunteerStatus.Prospective, VolunteerStatus.Active], history.Select(h => h.ToStatus));
        Assert.Equal(new DateOnly(2023, 5, 4), history[1].Date);

        Assert.Contains(name, await officer.GetStringAsync("/volunteers/care?days=90"));
        var badVisit = await officer.PostFormAsync($"/volunteers/{v.Id}", "volunteer-visit", new Dictionary<string, string>
        {
            ["Visit.Date"] = "明天",
            ["Visit.VisitedBy"] = string.Empty,
            ["Visit.Health"] = "很好",
        });
        var badHtml = WebUtility.HtmlDecode(await badVisit.Content.ReadAsStringAsync());
        Assert.Contains("日期格式应如", badHtml);
        Assert.Contains("请填写走访人", badHtml);
        Assert.Contains("身体状况请选择", badHtml);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");
        var visit = await officer.PostFormAsync($"/volunteers/{v.Id}", "volunteer-visit", new Dictionary<string, string>
        {
            ["Visit.Date"] = today,
            ["Visit.VisitedBy"] = "道格通毕力格",
            ["Visit.Health"] = "良好",
            ["Visit.Needs"] = "希望参加书法培训",
        });
        Assert.Equal(HttpStatusCode.Redirect, visit.StatusCode);
        Assert.DoesNotContain(name, await officer.GetStringAsync("/volunteers/care?days=90"));
        Assert.Contains("希望参加书法培训", await officer.GetStringAsync($"/volunteers/{v.Id}"));
    }

    [Fact]
    public async Task The_roster_filters_by_category_age_and_unit_subtree_and_exports_what_it_shows()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var village = await App.UnitAsync("乌审召嘎查关工委");
        var html = WebUtility.HtmlDecode(await officer.GetStringAsync($"/volunteers?category=老战士&unit={village.Id}&age=70s"));
        Assert.Contains("王志强", html);
        Assert.DoesNotContain("其其格", html);
        Assert.DoesNotContain("陈建国", html);

        var export = await officer.GetAsync("/volunteers/export?category=老战士&purpose=名册核对");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        // The officer may edit the roster, so the export carries whole numbers (a viewer's stays masked: RosterRoundTripTests).
        var phone = await App.WithDbAsync(db => db.Volunteers.Where(v => v.Name == "王志强").Select(v => v.Phone).SingleAsync());
        Assert.Equal("139****1203", Guangong.Web.Infrastructure.Text.PhoneMask.Mask(phone));
        Assert.Contains(rows, r => Equals(r["姓名"], "王志强") && Equals(r["联系电话"], phone));
        Assert.All(rows, r => Assert.Equal("老战士", r["五老类别"]));

        // Garbage in the query string is ignored, not a 500.
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/volunteers?age=abc&unit=xyz&page=-5&status=%3Cscript%3E")).StatusCode);
    }

    [Fact]
    public async Task Another_towns_volunteer_is_neither_visible_nor_writable()
    {
        var foreign = await App.WithDbAsync(db => db.Volunteers.Where(v => v.Name == "陈建国").Select(v => v.Id).SingleAsync());
        var officer = await App.SignedInAsync("wushenzhao");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/volunteers/{foreign}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/volunteers/{foreign}/edit")).StatusCode);
        Assert.DoesNotContain("陈建国", await officer.GetStringAsync("/volunteers?status=all"));
        var api = await App.ApiClientAsync("wushenzhao");
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/volunteers/{foreign}")).StatusCode);
        var put = await api.PutAsJsonAsync($"/api/v1/volunteers/{foreign}", new { name = "改名", gender = "男", birthYear = "1950", unitId = "1", version = 1 });
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
    }

    [Fact]
    public async Task A_volunteer_sees_their_own_service_but_not_the_roster()
    {
        var elder = await App.SignedInAsync("wsz-elder");
        Assert.Equal(HttpStatusCode.Forbidden, (await elder.GetAsync("/volunteers")).StatusCode);
        var bator = await App.WithDbAsync(db => db.Volunteers.Where(v => v.Name == "郝和平").Select(v => v.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await elder.GetAsync($"/volunteers/{bator}")).StatusCode);
        var mine = WebUtility.HtmlDecode(await elder.GetStringAsync("/my/service"));
        Assert.Contains("普法进校园：未成年人保护法宣讲", mine);
        Assert.Contains("（代录）", mine);
        var api = await App.ApiClientAsync("wsz-elder");
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/volunteers")).StatusCode);
    }

}

public sealed class VolunteerPageTestsOnSqlite(SqliteAppFixture fixture) : VolunteerPageTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class VolunteerPageTestsOnPostgres(PostgresAppFixture fixture) : VolunteerPageTests(fixture), IClassFixture<PostgresAppFixture>;
