using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Activities;

/// <summary>
/// A town whose roster is longer than the activity form lists: the form names the first ones and offers a search by
/// name, which finds the others the recorder may name (a village's recorder: the town's) and no one else.
/// </summary>
public abstract partial class VolunteerFinderTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    /// <summary>A new village of 郑陆 with more active volunteers than the form lists, and three who share a marked name.</summary>
    private async Task<Town> CrowdedVillageAsync()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var village = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"查找测试村{Guid.NewGuid():N}"[..12], UnitLevel.Village, UnitKind.Committee)));
        var elsewhere = await App.UnitAsync("乌审召小学");
        // 寻 is in no other name the test makes (theirs are 查 and the hex characters), so the marker matches only these three.
        var marker = ChineseName.Unique("寻", 4);
        var ids = await App.WithDbAsync(async db =>
        {
            db.Volunteers.AddRange(Enumerable.Range(0, ActivityFormOptions.MostVolunteersListed + 5).Select(_ => Person(village, ChineseName.Unique("查", 6))));
            var found = Person(village, marker + "在");
            var left = Person(village, marker + "退", VolunteerStatus.Withdrawn);
            var other = Person(elsewhere, marker + "外");
            db.Volunteers.AddRange(found, left, other);
            await db.SaveChangesAsync();
            return (found.Id, left.Id, other.Id);
        });
        return new Town(village, marker, ids.Item1, ids.Item2, ids.Item3);
    }

    private static Volunteer Person(Unit unit, string name, VolunteerStatus status = VolunteerStatus.Active) => new()
    {
        UnitId = unit.Id, UnitPath = unit.Path, Name = name, Gender = Gender.Female, BirthYear = 1956, Status = status,
        StatusDate = new DateOnly(2023, 1, 1), CreatedUtc = DateTime.UtcNow,
    };

    private sealed record Town(Unit Village, string Marker, long Found, long Left, long Elsewhere);

    private static async Task<VolunteerMatches> FindAsync(HttpClient user, string name) =>
        (await user.GetFromJsonAsync<VolunteerMatches>($"{VolunteerFinder.Url}?name={Uri.EscapeDataString(name)}"))!;

    [GeneratedRegex("id=\"served-[0-9]+\" name=\"served\"")]
    private static partial Regex ServedBox();

    [Fact]
    public async Task The_form_lists_the_first_volunteers_and_a_name_found_beyond_them_is_saved_as_having_served()
    {
        var town = await CrowdedVillageAsync();
        var officer = await App.SignedInAsync("zhenglu");
        var form = await officer.GetStringAsync("/activities/new");
        Assert.Equal(ActivityFormOptions.MostVolunteersListed, ServedBox().Matches(form).Count);
        Assert.Contains($"data-volunteer-find=\"{VolunteerFinder.Url}\"", form);
        Assert.Contains("这里只列出一部分", form);

        // The district's roster is many towns': its form lists the first few and leaves the rest to the search.
        var district = await App.SignedInAsync("tianning-gw");
        var districtForm = await district.GetStringAsync("/activities/new");
        Assert.Equal(ActivityFormOptions.MostVolunteersListedAboveTown, ServedBox().Matches(districtForm).Count);
        Assert.Contains($"data-volunteer-find=\"{VolunteerFinder.Url}\"", districtForm);
        // Villages of two towns may share a name: the district reads the village with its town before it, and its form's
        // rows too; the town's officer reads the village alone.
        var found = Assert.Single((await FindAsync(district, town.Marker)).Items);
        Assert.Equal((town.Found, $"郑陆镇 {town.Village.Name}"), (found.Id, found.UnitName));
        Assert.Matches("<small class=\"text-muted\">郑陆镇 [^<]+</small>", districtForm);
        // A unit named after its town already is not named twice.
        var league = await App.UnitAsync("郑陆镇团委");
        var leagueMarker = ChineseName.Unique("寻", 4);
        await App.WithDbAsync(async db =>
        {
            db.Volunteers.Add(Person(league, leagueMarker));
            return await db.SaveChangesAsync();
        });
        Assert.Equal("郑陆镇团委", Assert.Single((await FindAsync(district, leagueMarker)).Items).UnitName);

        // A volunteer of the crowded village the form leaves out is found by name, with their unit.
        var absent = await App.WithDbAsync(db => db.Volunteers.Where(v => v.UnitId == town.Village.Id && v.Status == VolunteerStatus.Active).Select(v => new { v.Id, v.Name }).ToListAsync());
        var missing = absent.First(v => !form.Contains($"id=\"served-{v.Id}\"", StringComparison.Ordinal));
        var match = Assert.Single((await FindAsync(officer, missing.Name)).Items);
        Assert.Equal((missing.Id, missing.Name, town.Village.Name), (match.Id, match.Name, match.UnitName));

        // The marked name: the active one of the town; neither the one who left nor another town's namesake.
        var marked = await FindAsync(officer, town.Marker);
        Assert.Equal([town.Found], marked.Items.Select(i => i.Id));
        Assert.False(marked.More);

        // A common character finds more than a phone should list: the first ones, and that there are more.
        var many = await FindAsync(officer, "查");
        Assert.Equal(ActivityFormOptions.MostVolunteersFound, many.Items.Count);
        Assert.True(many.More);

        // Blank or longer than any name: nothing, and no error.
        Assert.Empty((await FindAsync(officer, "  ")).Items);
        Assert.Empty((await FindAsync(officer, new string('查', VolunteerFinder.MaxNameLength + 1))).Items);

        // One who has left the roster is neither found nor listed, and a post naming them anyway (a kept draft) is refused.
        var leftTitle = "已退出" + Guid.NewGuid().ToString("N")[..6];
        var refused = await ActivityForms.PostAsync(officer, "/activities/new", "activity-create", ActivityForms.NewActivityFields(leftTitle, town.Village.Id), served: [(town.Left, "2")]);
        Assert.Contains("目前不在册，不能新登记服务时长", await refused.HtmlAsync());
        Assert.False(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == leftTitle)));

        // Ticked after the search, the name is saved like any listed one (the save checks the recorder may name them,
        // not that the form listed them).
        var title = "查找登记" + Guid.NewGuid().ToString("N")[..6];
        var saved = await ActivityForms.PostAsync(officer, "/activities/new", "activity-create", ActivityForms.NewActivityFields(title, town.Village.Id), served: [(missing.Id, "3")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var line = await App.WithDbAsync(db => db.ServiceHourEntries.SingleAsync(e => e.Activity!.Title == title));
        Assert.Equal((missing.Id, 3m), (line.VolunteerId, line.Hours));
        Assert.Contains($"id=\"served-{missing.Id}\" name=\"served\" value=\"{missing.Id}\" checked", await officer.GetStringAsync($"/activities/{line.ActivityId}/edit"));
    }

    [Fact]
    public async Task A_village_recorder_finds_the_towns_volunteers_and_no_other_towns()
    {
        var town = await CrowdedVillageAsync();
        var village = await App.SignedInAsync("zl-jiaoxi");
        Assert.Equal([town.Found], (await FindAsync(village, town.Marker)).Items.Select(i => i.Id));

        // The town's list is cut at its first names; the recorder's own village comes first however its path sorts.
        var jiaoxi = await App.UnitAsync("焦溪村关工委");
        var own = await App.WithDbAsync(db => db.Volunteers.Where(v => v.UnitId == jiaoxi.Id && v.Status == VolunteerStatus.Active).Select(v => v.Id).ToListAsync());
        var form = await village.GetStringAsync("/activities/new");
        Assert.Equal(ActivityFormOptions.MostVolunteersListed, ServedBox().Matches(form).Count);
        Assert.NotEmpty(own);
        Assert.All(own, id => Assert.Contains($"id=\"served-{id}\"", form));
        Assert.Contains("本镇五老较多", form);
        Assert.DoesNotContain("单位切换", form);

        // 乌审召's school: its town's own marked volunteer, and the village volunteer its form credits.
        var school = await App.SignedInAsync("wsz-school");
        Assert.Equal([town.Elsewhere], (await FindAsync(school, town.Marker)).Items.Select(i => i.Id));
        Assert.Contains((await FindAsync(school, "王志强")).Items, i => i.Name == "王志强");
    }

    [Fact]
    public async Task Whoever_bears_exactly_the_name_searched_for_comes_first_among_many_who_hold_it()
    {
        var town = await CrowdedVillageAsync();
        var exact = ChineseName.Unique("寻", 5);
        var exactId = await App.WithDbAsync(async db =>
        {
            // Names holding it that sort before it in the same village: by unit and name alone it would be the 32nd.
            db.Volunteers.AddRange(Enumerable.Range(0, ActivityFormOptions.MostVolunteersFound + 1).Select(_ => Person(town.Village, "一" + exact)));
            var person = Person(town.Village, exact);
            db.Volunteers.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });
        var found = await FindAsync(await App.SignedInAsync("zhenglu"), exact);
        Assert.Equal(exactId, found.Items[0].Id);
        Assert.True(found.More);
    }

    [Fact]
    public async Task A_short_roster_is_ticked_at_a_glance_without_the_search()
    {
        var school = await App.SignedInAsync("wsz-school");
        var form = await school.GetStringAsync("/activities/new");
        Assert.InRange(ServedBox().Matches(form).Count, 1, ActivityFormOptions.FinderFrom - 1);
        Assert.DoesNotContain("data-volunteer-find", form);
    }

    [Fact]
    public async Task Only_those_who_record_activities_may_search()
    {
        var anonymous = App.Browser();
        var answer = await anonymous.GetAsync($"{VolunteerFinder.Url}?name=王");
        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        var viewer = await App.SignedInAsync("tianning");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"{VolunteerFinder.Url}?name=王")).StatusCode);
    }
}

public sealed class VolunteerFinderTestsOnSqlite(SqliteAppFixture fixture) : VolunteerFinderTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class VolunteerFinderTestsOnPostgres(PostgresAppFixture fixture) : VolunteerFinderTests(fixture), IClassFixture<PostgresAppFixture>;
