using System.Text.Json;
using Guangong.Web.Features.Audit;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People;
using Guangong.Web.Features.Statistics.Rollup;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>
/// A save that adds many rows of a kind has them written by <see cref="BulkInsert"/> instead of EF Core's commands. These
/// check that such a save stores what EF Core would: the rows with their stamps and paths, the children under their
/// parents' new ids, the same audit lines, the roster figures kept with it, the tracker's entries saved; and that one
/// out of scope or failing part of the way writes nothing.
/// </summary>
public abstract class BulkInsertTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task The_kinds_a_roster_import_adds_are_written_in_bulk()
    {
        var model = await App.WithDbAsync(db => Task.FromResult(db.Model));
        Assert.True(BulkInsert.Writable(model.FindEntityType(typeof(Volunteer))!));
        Assert.True(BulkInsert.Writable(model.FindEntityType(typeof(VolunteerStatusChange))!));
    }

    [Fact]
    public async Task Many_added_rows_are_saved_as_a_save_of_few_saves_them()
    {
        var village = await App.UnitAsync("焦溪村关工委");
        var tag = ChineseName.From(Guid.NewGuid().ToString("N")[..4]);

        // The same people, 150 in one save (written in bulk) and 3 in another (by EF Core).
        var (bulk, saved, states) = await App.WithDbAsync(async db =>
        {
            // Without automatic detection, as the roster import adds its rows.
            var people = Enumerable.Range(0, 150).Select(i => Person(village, $"批{tag}{ChineseName.From(i.ToString("x3"))}")).ToList();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Volunteers.AddRange(people);
            var count = await db.SaveChangesAsync();

            // Saved as EF Core leaves its rows: a later detection finds nothing to write.
            db.ChangeTracker.DetectChanges();
            return (people, count, db.ChangeTracker.Entries().Select(e => e.State).Distinct().ToList());
        }, village.Id, village.Path);
        var few = await App.WithDbAsync(async db =>
        {
            var people = Enumerable.Range(0, 3).Select(i => Person(village, $"少{tag}{ChineseName.From(i.ToString("x3"))}")).ToList();
            db.Volunteers.AddRange(people);
            await db.SaveChangesAsync();
            return people;
        }, village.Id, village.Path);

        Assert.Equal(300, saved);
        Assert.Equal([EntityState.Unchanged], states);
        var stored = await App.WithDbAsync(db => db.Volunteers.AsNoTracking().Include(v => v.History)
            .Where(v => v.Name.StartsWith("批" + tag) || v.Name.StartsWith("少" + tag)).ToListAsync());
        Assert.Equal(153, stored.Count);
        Assert.Equal(bulk.Select(v => v.Id).Order(), stored.Where(v => v.Name.StartsWith("批" + tag)).Select(v => v.Id).Order());
        Assert.All(stored, v => StampedWithTheirLine(v, village));

        // The audit lines of a row written in bulk say what those of a row EF Core wrote say.
        var audits = await LatestCreationsAsync(village);
        foreach (var (bulkRow, fewRow) in new[] { (bulk[7], few[1]) })
        {
            var (b, f) = (Fields(audits, nameof(Volunteer), bulkRow.Id), Fields(audits, nameof(Volunteer), fewRow.Id));
            Assert.Equal(f.Keys.Order(), b.Keys.Order());
            string[] own = [nameof(Volunteer.Id), nameof(Volunteer.Name), nameof(Volunteer.CreatedUtc)];
            Assert.Equal(f.Where(p => !own.Contains(p.Key)), b.Where(p => !own.Contains(p.Key)));
            var (bh, fh) = (Fields(audits, nameof(VolunteerStatusChange), bulkRow.History[0].Id), Fields(audits, nameof(VolunteerStatusChange), fewRow.History[0].Id));
            Assert.Equal(bulkRow.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), bh[nameof(VolunteerStatusChange.VolunteerId)]);
            Assert.Equal(fh.Keys.Order(), bh.Keys.Order());
        }

        Assert.Equal(150, audits.Count(a => a.Entity == nameof(Volunteer) && bulk.Any(v => v.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == a.EntityId)));

        // The roster figures kept with the save are a recount's.
        var (kept, counted) = await App.WithDbAsync(async db => (
            (await db.RosterTallies.AsNoTracking().Where(t => t.UnitId == village.Id).ToListAsync()).Select(t => (t.Dimension, t.Key, t.Count)).Order().ToList(),
            (await RosterTally.CountAsync(db, [village.Id], default)).Select(t => (t.Dimension, t.Key, t.Count)).Order().ToList()));
        Assert.Equal(counted, kept);
    }

    [Fact]
    public async Task A_bulk_save_that_fails_part_of_the_way_writes_nothing()
    {
        var village = await App.UnitAsync("焦溪村关工委");
        var tag = ChineseName.From(Guid.NewGuid().ToString("N")[..4]);
        var audits = await App.WithDbAsync(db => db.AuditEntries.CountAsync());

        // The people go in bulk, then a stale edit in the same save fails EF Core's part.
        var stale = await App.WithDbAsync(db => db.Volunteers.AsNoTracking().FirstAsync(v => v.UnitId == village.Id));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => App.WithDbAsync(async db =>
        {
            db.Volunteers.AddRange(Enumerable.Range(0, 120).Select(i => Person(village, $"败{tag}{ChineseName.From(i.ToString("x3"))}")));
            stale.Version--;
            db.Volunteers.Attach(stale);
            stale.Notes = "过期的修改";
            return await db.SaveChangesAsync();
        }, village.Id, village.Path));

        // A row the database refuses fails the bulk part itself.
        await Assert.ThrowsAsync<DbUpdateException>(() => App.WithDbAsync(async db =>
        {
            var people = Enumerable.Range(0, 120).Select(i => Person(village, $"败{tag}{ChineseName.From(i.ToString("x3"))}")).ToList();
            people[90].Name = null!;
            db.Volunteers.AddRange(people);
            return await db.SaveChangesAsync();
        }, village.Id, village.Path));

        Assert.False(await App.WithDbAsync(db => db.Volunteers.AnyAsync(v => v.Name.StartsWith("败" + tag))));
        Assert.Equal(audits, await App.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Rows_whose_ids_the_caller_chose_keep_them()
    {
        var village = await App.UnitAsync("焦溪村关工委");
        var first = await App.WithDbAsync(db => db.Volunteers.IgnoreQueryFilters().MaxAsync(v => v.Id)) + 1_000_000;
        var people = Enumerable.Range(0, 150).Select(i => Person(village, $"定号{ChineseName.From(i.ToString("x3"))}")).ToList();
        for (var i = 0; i < people.Count; i++)
        {
            people[i].Id = first + i;
        }

        // Saved with as many people whose ids the database chooses: their history lines go in bulk, those of the people
        // with chosen ids after their people, which EF Core writes.
        var others = Enumerable.Range(0, 150).Select(i => Person(village, $"不定号{ChineseName.From(i.ToString("x3"))}")).ToList();
        await App.WithDbAsync(db =>
        {
            db.Volunteers.AddRange(people);
            db.Volunteers.AddRange(others);
            return db.SaveChangesAsync();
        }, village.Id, village.Path);
        Assert.Equal(people.Select(p => p.Name), await App.WithDbAsync(db =>
            db.Volunteers.Where(v => v.Id >= first && v.Id < first + 150).OrderBy(v => v.Id).Select(v => v.Name).ToListAsync()));
        Assert.Equal(300, await App.WithDbAsync(db => db.VolunteerStatusChanges.CountAsync(c => c.Volunteer!.Name.StartsWith("定号") || c.Volunteer!.Name.StartsWith("不定号"))));
    }

    [Fact]
    public async Task Rows_for_a_unit_outside_the_scope_are_refused_before_any_is_written()
    {
        var village = await App.UnitAsync("焦溪村关工委");
        var other = await App.UnitAsync("乌审召镇关工委");
        var tag = ChineseName.From(Guid.NewGuid().ToString("N")[..4]);
        await Assert.ThrowsAsync<ScopeViolationException>(() => App.WithDbAsync(async db =>
        {
            var people = Enumerable.Range(0, 150).Select(i => Person(village, $"外{tag}{ChineseName.From(i.ToString("x3"))}")).ToList();
            people[149].UnitId = other.Id;
            db.Volunteers.AddRange(people);
            return await db.SaveChangesAsync();
        }, village.Id, village.Path));
        Assert.False(await App.WithDbAsync(db => db.Volunteers.AnyAsync(v => v.Name.StartsWith("外" + tag))));
    }

    [Fact]
    public async Task Rows_added_without_the_tracker_are_stored_audited_and_counted_as_tracked_ones_are()
    {
        var village = await App.UnitAsync("焦溪村关工委");
        var tag = ChineseName.From(Guid.NewGuid().ToString("N")[..4]);
        var (untracked, saved, tracked) = await App.WithDbAsync(async db =>
        {
            var people = Enumerable.Range(0, 150).Select(i => Person(village, $"免{tag}{ChineseName.From(i.ToString("x3"))}")).ToList();

            // A name pasted with an invisible character is stored cleaned, as a tracked row's is.
            people[0].Name = people[0].Name.Insert(2, "\u200B");
            db.AddUntracked(people);
            var count = await db.SaveChangesAsync();
            return (people, count, db.ChangeTracker.Entries<Volunteer>().Count() + db.ChangeTracker.Entries<VolunteerStatusChange>().Count());
        }, village.Id, village.Path);

        // The followers kept the roster figures and the month's joiners as a recount makes them: read before any other
        // save of the village or the month, which would recount them itself.
        var (kept, counted, joined, joiners) = await App.WithDbAsync(async db => (
            (await db.RosterTallies.AsNoTracking().Where(t => t.UnitId == village.Id).ToListAsync()).Select(t => (t.Dimension, t.Key, t.Count)).Order().ToList(),
            (await RosterTally.CountAsync(db, [village.Id], default)).Select(t => (t.Dimension, t.Key, t.Count)).Order().ToList(),
            await db.RollupCells.AsNoTracking().Where(c => c.UnitId == village.Id && c.Indicator == Guangong.Web.Features.Statistics.Indicators.IndicatorCatalog.VolunteersJoined.Code && c.Period == 202603).SumAsync(c => c.Value),
            await db.VolunteerStatusChanges.CountAsync(c => c.UnitId == village.Id && c.Date.Year == 2026 && c.Date.Month == 3 && c.ToStatus == VolunteerStatus.Active && (c.FromStatus == null || c.FromStatus == VolunteerStatus.Prospective))));
        Assert.Equal(counted, kept);
        Assert.True(joiners >= 150);
        Assert.Equal(joiners, joined);

        // Tracked people, for the audit lines to be compared with.
        var few = await App.WithDbAsync(async db =>
        {
            var people = Enumerable.Range(0, 3).Select(i => Person(village, $"跟{tag}{ChineseName.From(i.ToString("x3"))}")).ToList();
            db.Volunteers.AddRange(people);
            await db.SaveChangesAsync();
            return people;
        }, village.Id, village.Path);

        // Saved and counted as written, with their ids set on them, and not left in the tracker.
        Assert.Equal((300, 0), (saved, tracked));
        var stored = await App.WithDbAsync(db => db.Volunteers.AsNoTracking().Include(v => v.History)
            .Where(v => v.Name.StartsWith("免" + tag)).ToListAsync());
        Assert.Equal(untracked.Select(v => v.Id).Order(), stored.Select(v => v.Id).Order());
        Assert.All(stored, v => StampedWithTheirLine(v, village));
        Assert.Equal($"免{tag}{ChineseName.From("000")}", stored.Single(v => v.Id == untracked[0].Id).Name);

        // The audit lines say what those of tracked rows say, the history line naming its person's new id.
        var audits = await LatestCreationsAsync(village);
        var (u, t) = (Fields(audits, nameof(Volunteer), untracked[7].Id), Fields(audits, nameof(Volunteer), few[1].Id));
        string[] own = [nameof(Volunteer.Id), nameof(Volunteer.Name), nameof(Volunteer.CreatedUtc)];
        Assert.Equal(t.Keys.Order(), u.Keys.Order());
        Assert.Equal(t.Where(p => !own.Contains(p.Key)), u.Where(p => !own.Contains(p.Key)));
        var (uh, th) = (Fields(audits, nameof(VolunteerStatusChange), untracked[7].History[0].Id), Fields(audits, nameof(VolunteerStatusChange), few[1].History[0].Id));
        Assert.Equal(untracked[7].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), uh[nameof(VolunteerStatusChange.VolunteerId)]);
        Assert.Equal(th.Keys.Order(), uh.Keys.Order());
        Assert.Equal(300, audits.Count(a => untracked.Any(v => (a.Entity, a.EntityId) == (nameof(Volunteer), Id(v.Id)) || (a.Entity, a.EntityId) == (nameof(VolunteerStatusChange), Id(v.History[0].Id)))));

    }

    [Fact]
    public async Task A_save_of_untracked_rows_that_fails_writes_nothing_and_forgets_them()
    {
        var village = await App.UnitAsync("焦溪村关工委");
        var other = await App.UnitAsync("乌审召镇关工委");
        var tag = ChineseName.From(Guid.NewGuid().ToString("N")[..4]);
        var audits = await App.WithDbAsync(db => db.AuditEntries.CountAsync());
        var stale = await App.WithDbAsync(db => db.Volunteers.AsNoTracking().FirstAsync(v => v.UnitId == village.Id));
        List<Volunteer> People() => [.. Enumerable.Range(0, 120).Select(i => Person(village, $"弃{tag}{ChineseName.From(i.ToString("x3"))}"))];

        // A stale edit saved with them fails EF Core's part; a row the database refuses fails theirs; one out of scope the guard.
        var saveAgain = await App.WithDbAsync(async db =>
        {
            db.AddUntracked(People());
            stale.Version--;
            db.Volunteers.Attach(stale);
            stale.Notes = "过期的修改";
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();

            // The failed save's rows are not handed to the next one, and its transaction is over: the next save commits.
            var nothing = await db.SaveChangesAsync();
            db.Volunteers.Add(Person(village, $"存{tag}"));
            await db.SaveChangesAsync();
            return nothing;
        }, village.Id, village.Path);
        Assert.True(await App.WithDbAsync(db => db.Volunteers.AnyAsync(v => v.Name == $"存{tag}")));
        await Assert.ThrowsAsync<DbUpdateException>(() => App.WithDbAsync(db =>
        {
            var people = People();
            people[90].History[0].Note = new string('长', 5000);
            people[91].Name = null!;
            db.AddUntracked(people);
            return db.SaveChangesAsync();
        }, village.Id, village.Path));
        await Assert.ThrowsAsync<ScopeViolationException>(() => App.WithDbAsync(db =>
        {
            var people = People();
            people[119].UnitId = other.Id;
            db.AddUntracked(people);
            return db.SaveChangesAsync();
        }, village.Id, village.Path));

        Assert.Equal(0, saveAgain);
        Assert.False(await App.WithDbAsync(db => db.Volunteers.IgnoreQueryFilters().AnyAsync(v => v.Name.StartsWith("弃" + tag))));
        // Only the person saved after the failure and their history line were audited.
        Assert.Equal(audits + 2, await App.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    /// <summary>A saved person as the guard stamps them, with their one first history line under their id.</summary>
    private static void StampedWithTheirLine(Volunteer v, Unit village)
    {
        Assert.Equal((1L, village.Path), (v.Version, v.UnitPath));
        Assert.NotEqual(default, v.CreatedUtc);
        var line = Assert.Single(v.History);
        Assert.Equal((v.Id, village.Path, "录入名册"), (line.VolunteerId, line.UnitPath, line.Note));
    }

    /// <summary>The latest 400 audit lines of people and history lines created in the village.</summary>
    private Task<List<AuditEntry>> LatestCreationsAsync(Unit village) =>
        App.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditActions.Create && (a.Entity == nameof(Volunteer) || a.Entity == nameof(VolunteerStatusChange)) && a.UnitPath == village.Path)
            .OrderByDescending(a => a.Id).Take(400).ToListAsync());

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Volunteer Person(Unit unit, string name)
    {
        var person = new Volunteer
        {
            Name = name, UnitId = unit.Id, UnitPath = "/wrong/", Gender = Gender.Female, BirthYear = 1950, Phone = "13900000000",
            Category = "老教师", Status = VolunteerStatus.Active, StatusDate = new DateOnly(2026, 3, 1),
        };
        person.History.Add(new VolunteerStatusChange { UnitId = unit.Id, UnitPath = "/wrong/", ToStatus = VolunteerStatus.Active, Date = person.StatusDate, Note = "录入名册" });
        return person;
    }

    /// <summary>The fields an audit line of a new row lists, with their new values.</summary>
    private static Dictionary<string, string?> Fields(List<AuditEntry> audits, string entity, long id)
    {
        var audit = Assert.Single(audits, a => a.Entity == entity && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var json = JsonDocument.Parse(audit.Changes!);
        return json.RootElement.EnumerateArray().ToDictionary(
            c => c.GetProperty("Field").GetString()!,
            c => c.TryGetProperty("New", out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null);
    }
}

public sealed class BulkInsertTestsOnSqlite(SqliteAppFixture fixture) : BulkInsertTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class BulkInsertTestsOnPostgres(PostgresAppFixture fixture) : BulkInsertTests(fixture), IClassFixture<PostgresAppFixture>;
