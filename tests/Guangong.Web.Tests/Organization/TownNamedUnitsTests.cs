using System.Text.RegularExpressions;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Organization;

/// <summary>
/// Villages of two towns may share a name: a reader whose scope spans towns reads each unit below a town with its town
/// before it, in every list; a town's reader reads names as they are.
/// </summary>
public abstract partial class TownNamedUnitsTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Theory]
    [InlineData(200)]
    [InlineData(0)] // past the bound the scope's towns are read instead of the units on the paths: the same names
    public async Task A_district_names_a_unit_below_a_town_with_its_town_and_a_town_names_it_alone(int mostByKey)
    {
        var district = await App.UnitAsync("天宁区关工委");
        var town = await App.UnitAsync("郑陆镇关工委");
        var village = await App.UnitAsync("焦溪村关工委");
        var league = await App.UnitAsync("郑陆镇团委");
        string[] paths = [village.Path, town.Path, district.Path, league.Path];

        var asDistrict = await App.WithServiceAsync<TownNamedUnits, Func<string, string, string>>(t => t.ForAsync(paths, mostByKey), district.Id, district.Path);
        var asPlatform = await App.WithServiceAsync<TownNamedUnits, Func<string, string, string>>(t => t.ForAsync(paths, mostByKey));
        var asTown = await App.WithServiceAsync<TownNamedUnits, Func<string, string, string>>(t => t.ForAsync(paths, mostByKey), town.Id, town.Path);

        foreach (var wide in new[] { asDistrict, asPlatform })
        {
            Assert.Equal("郑陆镇 焦溪村关工委", wide(village.Path, village.Name));
            // The town itself and a unit above the towns have no town to add; one named after its town says it once.
            Assert.Equal(town.Name, wide(town.Path, town.Name));
            Assert.Equal(district.Name, wide(district.Path, district.Name));
            Assert.Equal("郑陆镇团委", wide(league.Path, league.Name));
        }

        Assert.Equal(village.Name, asTown(village.Path, village.Name));
    }

    [Fact]
    public void A_name_reads_as_its_place_without_the_committee()
    {
        Assert.Equal("郑陆镇", UnitNames.Place("郑陆镇关工委"));
        Assert.Equal("郑陆镇团委", UnitNames.Place("郑陆镇团委"));
        Assert.Equal("关工委", UnitNames.Place("关工委"));
        Assert.Equal("郑陆镇 焦溪村关工委", UnitNames.WithTown("郑陆镇关工委", "焦溪村关工委"));
        Assert.Equal("郑陆镇中学", UnitNames.WithTown("郑陆镇关工委", "郑陆镇中学"));
        // Named after the town without its kind: said once too. One character is no name.
        Assert.Equal("郑陆实验学校关工委", UnitNames.WithTown("郑陆镇关工委", "郑陆实验学校关工委"));
        Assert.Equal("乌审召小学", UnitNames.WithTown("乌审召镇关工委", "乌审召小学"));
        Assert.Equal("新镇 新村关工委", UnitNames.WithTown("新镇关工委", "新村关工委"));
        Assert.Equal("郑陆镇焦溪村", UnitNames.Squeezed(" 郑陆镇\u3000焦溪村 "));
    }

    [Fact]
    public async Task The_district_lists_name_the_village_with_its_town_and_the_town_officer_reads_it_alone()
    {
        var village = await App.UnitAsync("焦溪村关工委");
        var district = await App.UnitAsync("天宁区关工委");
        var (volunteer, activity) = await App.WithDbAsync(async db => (
            await db.Volunteers.AsNoTracking().Where(v => v.UnitId == village.Id && v.Status == VolunteerStatus.Active).OrderBy(v => v.Id).Select(v => v.Name).FirstAsync(),
            await db.Activities.AsNoTracking().Where(a => a.UnitId == village.Id && a.Status == ActivityStatus.Completed).OrderBy(a => a.Id).Select(a => new { a.Id, a.Title }).FirstAsync()));
        var reader = await App.SignedInAsync("tianning-gw");
        var officer = await App.SignedInAsync("zhenglu");
        var named = $"郑陆镇 {village.Name}";

        var roster = await reader.GetStringAsync($"/volunteers?q={Uri.EscapeDataString(volunteer)}");
        Assert.Contains($"<td data-label=\"所在单位\">{named}</td>", roster);
        var volunteerId = await App.WithDbAsync(db => db.Volunteers.Where(v => v.Name == volunteer && v.UnitId == village.Id).Select(v => v.Id).FirstAsync());
        Assert.Contains(named, await reader.GetStringAsync($"/volunteers/{volunteerId}"));
        var choices = await App.WithServiceAsync<VolunteerChoices, VolunteerChoiceList>(c => c.ListAsync(), district.Id, district.Path);
        Assert.Equal(named, choices.Items.First(c => c.Id == volunteerId).UnitName);
        var list = await reader.GetStringAsync($"/activities?q={Uri.EscapeDataString(activity.Title)}");
        Assert.Contains($"<td data-label=\"组织单位\">{named}</td>", list);
        Assert.Contains(named, await reader.GetStringAsync($"/activities/{activity.Id}"));

        var ownRoster = await officer.GetStringAsync($"/volunteers?q={Uri.EscapeDataString(volunteer)}");
        Assert.Contains($"<td data-label=\"所在单位\">{village.Name}</td>", ownRoster);
        Assert.DoesNotContain(named, ownRoster);
        Assert.DoesNotContain(named, await officer.GetStringAsync($"/activities?q={Uri.EscapeDataString(activity.Title)}"));
    }

    [Fact]
    public async Task The_district_reads_a_villages_cafe_with_its_town()
    {
        var village = await App.UnitAsync("焦溪村关工委");
        var district = await App.UnitAsync("天宁区关工委");
        var town = await App.UnitAsync("郑陆镇关工委");
        var name = $"网吧{Guid.NewGuid():N}"[..10];
        await App.WithDbAsync(async db =>
        {
            db.InternetCafes.Add(new Guangong.Web.Features.Safety.Cafes.InternetCafe { UnitId = village.Id, UnitPath = village.Path, Name = name, CreatedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        var asDistrict = await App.WithServiceAsync<Guangong.Web.Features.Safety.Cafes.CafeDirectory, IReadOnlyList<Guangong.Web.Features.Safety.Cafes.CafeRow>>(c => c.ListAsync(false), district.Id, district.Path);
        var asTown = await App.WithServiceAsync<Guangong.Web.Features.Safety.Cafes.CafeDirectory, IReadOnlyList<Guangong.Web.Features.Safety.Cafes.CafeRow>>(c => c.ListAsync(false), town.Id, town.Path);

        Assert.Equal($"郑陆镇 {village.Name}", asDistrict.Single(c => c.Name == name).UnitName);
        Assert.Equal(village.Name, asTown.Single(c => c.Name == name).UnitName);
    }

    [Fact]
    public async Task The_district_hours_page_names_no_village_without_its_town()
    {
        var district = await App.SignedInAsync("tianning-gw");
        var villages = await App.WithDbAsync(db => db.Units.AsNoTracking().Where(u => u.Level == UnitLevel.Village).Select(u => u.Name).ToListAsync());

        var units = UnitCell().Matches(await district.GetStringAsync("/activities/hours")).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(units);
        Assert.Contains(units, u => u.StartsWith("郑陆镇 ", StringComparison.Ordinal));
        Assert.DoesNotContain(units, villages.Contains);
    }

    [Theory]
    [InlineData("/training/hours")] // the attendees' units
    [InlineData("/training/{training}")] // its attendees and the checklist
    [InlineData("/water")]
    [InlineData("/stations")]
    [InlineData("/publicity/highlights")]
    [InlineData("/publicity/scores")]
    [InlineData("/plans/assignments")]
    [InlineData("/zero-crime")]
    [InlineData("/assessments")]
    [InlineData("/journals/new")] // the pieces to choose
    [InlineData("/essays/{contest}")] // the submissions
    [InlineData("/notices/new")] // the units to send to
    [InlineData("/notices/{notice}")] // the recipients
    public async Task A_district_page_of_records_held_by_villages_names_them_with_their_town(string page)
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var (villages, training, contest, notice) = await App.WithDbAsync(async db => (
            await db.Units.AsNoTracking().Where(u => u.ParentId == town.Id).Select(u => u.Name).ToListAsync(),
            await db.TrainingSessions.AsNoTracking().Where(s => s.UnitId == town.Id && s.Attendees.Any()).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
            await db.Contests.AsNoTracking().Where(c => c.UnitId == town.Id && db.Submissions.Any(s => s.ContestId == c.Id)).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
            await db.Notices.AsNoTracking().Where(n => n.UnitId == town.Id && db.NoticeRecipients.Any(r => r.NoticeId == n.Id)).OrderBy(n => n.Id).Select(n => n.Id).FirstAsync()));
        var path = page.Replace("{training}", training.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{contest}", contest.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{notice}", notice.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var named = villages.Where(v => !v.StartsWith("郑陆", StringComparison.Ordinal)).Select(v => $"郑陆镇 {v}").ToList();

        var asDistrict = await (await App.SignedInAsync("tianning-gw")).GetStringAsync(path);
        var asTown = await (await App.SignedInAsync("zhenglu")).GetStringAsync(path);

        Assert.Contains(named, n => asDistrict.Contains(n, StringComparison.Ordinal));
        Assert.DoesNotContain(named, n => asTown.Contains(n, StringComparison.Ordinal));
        Assert.Contains(villages, v => asTown.Contains(v, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_district_reads_a_villages_correspondent_with_its_town_in_the_list_and_the_article_form()
    {
        var village = await App.UnitAsync("焦溪村关工委");
        var district = await App.UnitAsync("天宁区关工委");
        var town = await App.UnitAsync("郑陆镇关工委");
        var name = $"通讯员{Guid.NewGuid():N}"[..9];
        var id = await App.WithDbAsync(async db =>
        {
            var c = new Guangong.Web.Features.Committees.Correspondent { UnitId = village.Id, UnitPath = village.Path, Name = name };
            db.Correspondents.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });

        var asDistrict = await App.WithServiceAsync<Guangong.Web.Features.Publicity.ArticleDirectory, (IReadOnlyList<Guangong.Web.Features.Publicity.CorrespondentChoice> Items, bool Trimmed)>(
            d => d.CorrespondentChoicesAsync([id], null), district.Id, district.Path);
        var asTown = await App.WithServiceAsync<Guangong.Web.Features.Publicity.ArticleDirectory, (IReadOnlyList<Guangong.Web.Features.Publicity.CorrespondentChoice> Items, bool Trimmed)>(
            d => d.CorrespondentChoicesAsync([id], null), town.Id, town.Path);

        Assert.Equal($"郑陆镇 {village.Name}", asDistrict.Items.Single(c => c.Id == id).UnitName);
        Assert.Equal(village.Name, asTown.Items.Single(c => c.Id == id).UnitName);

        // The correspondents' own list, as the district and the town read it.
        var listed = new Regex($"<td>{name}</td>\\s*<td data-label=\"负责单位\">([^<]*)</td>");
        Assert.Equal($"郑陆镇 {village.Name}", listed.Match(await (await App.SignedInAsync("tianning-gw")).GetStringAsync("/correspondents")).Groups[1].Value);
        Assert.Equal(village.Name, listed.Match(await (await App.SignedInAsync("zhenglu")).GetStringAsync("/correspondents")).Groups[1].Value);
    }

    [Fact]
    public async Task Two_villages_of_one_name_in_two_towns_are_two_lines_of_a_districts_training_hours()
    {
        var district = await App.UnitAsync("天宁区关工委");
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        var townName = $"同{Guid.NewGuid():N}"[..6] + "镇关工委";
        var villageName = $"同名{Guid.NewGuid():N}"[..8] + "村关工委";
        var town = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(district.Id, new UnitDraft(townName, UnitLevel.Town, UnitKind.Committee)));
        var jiaoxi = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(zhenglu.Id, new UnitDraft(villageName, UnitLevel.Village, UnitKind.Committee)));
        var namesake = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft(villageName, UnitLevel.Village, UnitKind.Committee)));
        await App.WithDbAsync(async db =>
        {
            foreach (var (unit, topic) in new[] { (jiaoxi, "同名村培训甲"), (namesake, "同名村培训乙") })
            {
                db.TrainingSessions.Add(new Guangong.Web.Features.People.Training.TrainingSession { UnitId = unit.Id, UnitPath = unit.Path, Topic = topic, Date = new DateOnly(2018, 6, 1), Hours = 2, CreatedUtc = DateTime.UtcNow });
            }

            return await db.SaveChangesAsync();
        });

        var report = await App.WithServiceAsync<Guangong.Web.Features.People.Training.TrainingDirectory, Guangong.Web.Features.People.Training.TrainingHoursReport>(
            d => d.HoursAsync(2018), district.Id, district.Path);

        // Grouped by name, the two were one line of two sessions.
        Assert.Equal(
            [$"{UnitNames.Place(townName)} {jiaoxi.Name}", $"郑陆镇 {jiaoxi.Name}"],
            report.Units.Select(u => u.UnitName).Order(StringComparer.Ordinal));
        Assert.All(report.Units, u => Assert.Equal(1, u.Sessions));
    }

    [Fact]
    public async Task A_district_reads_an_activitys_venue_with_its_town()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var district = await App.UnitAsync("天宁区关工委");
        var village = await App.UnitAsync("焦溪村关工委");
        var venue = await App.UnitAsync("查家村关工委");
        // Long ago, so that no station's last activity moves.
        var activity = await App.WithDbAsync(async db =>
        {
            var user = await db.Users.AsNoTracking().Where(u => u.UserName == "zhenglu").Select(u => u.Id).SingleAsync();
            var a = new Activity { UnitId = village.Id, VenueUnitId = venue.Id, Title = "异地活动", Category = "五个一", Status = ActivityStatus.Completed, Date = new DateOnly(2019, 5, 1), CreatedByUserId = user };
            db.Activities.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });

        var asDistrict = await App.WithServiceAsync<ActivityDirectory, ActivityDetail?>(d => d.DetailAsync(activity), district.Id, district.Path);
        var asTown = await App.WithServiceAsync<ActivityDirectory, ActivityDetail?>(d => d.DetailAsync(activity), town.Id, town.Path);

        Assert.Equal($"郑陆镇 {venue.Name}", asDistrict!.VenueName);
        Assert.Equal(venue.Name, asTown!.VenueName);
    }

    [GeneratedRegex("<td data-label=\"所在单位\">([^<]*)</td>")]
    private static partial Regex UnitCell();
}

public sealed class TownNamedUnitsTestsOnSqlite(SqliteAppFixture fixture) : TownNamedUnitsTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class TownNamedUnitsTestsOnPostgres(PostgresAppFixture fixture) : TownNamedUnitsTests(fixture), IClassFixture<PostgresAppFixture>;
