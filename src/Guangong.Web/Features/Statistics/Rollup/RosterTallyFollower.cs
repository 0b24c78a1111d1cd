using Guangong.Web.Features.People;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using static Guangong.Web.Features.Statistics.Indicators.IndicatorCatalog;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>
/// Keeps <see cref="RosterTally"/> with the roster: before a save it notes the unit (old and new) of every volunteer
/// added, changed or deleted, and the volunteer of every status change written; after it, inside the save's transaction,
/// it recounts those units' volunteers and their changes (a unit's roster, read by the (UnitPath, Status) index). New
/// people added without the tracker (a roster import's) are added to their unit's rows as they are, with their first
/// history lines, instead of recounting the unit: recounting a village of 20,000 after each file of an import grew with
/// the village (issue 18.2 (d)). A unit that is recounted anyway counts them with the rest.
/// </summary>
public sealed class RosterTallyFollower : ISaveFollower
{
    private static readonly string[] Counted =
        [nameof(Volunteer.Status), nameof(Volunteer.Category), nameof(Volunteer.Layer), nameof(Volunteer.BirthYear), nameof(Volunteer.UnitId), nameof(Volunteer.UnitPath)];

    public Func<GuangongDbContext, CancellationToken, Task>? Capture(ChangeTracker tracker)
    {
        HashSet<(long Unit, string Path)>? units = null;
        foreach (var entry in tracker.Entries<Volunteer>())
        {
            if (entry.State == EntityState.Modified && !Counted.Any(p => entry.Property(p).IsModified))
            {
                continue;
            }

            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                (units ??= []).Add((entry.Entity.UnitId, entry.Entity.UnitPath));
            }

            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                (units ??= []).Add(((long)entry.OriginalValues[nameof(Volunteer.UnitId)]!, (string)entry.OriginalValues[nameof(Volunteer.UnitPath)]!));
            }
        }

        // A status change written on its own (by a page that does not touch the volunteer's row, or back-dated) moves the
        // rows undoing its year: its volunteer's unit is recounted too.
        HashSet<long>? changed = null;
        foreach (var entry in tracker.Entries<VolunteerStatusChange>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            (changed ??= []).Add(entry.Entity.VolunteerId);
            if (entry.State == EntityState.Modified)
            {
                changed.Add((long)entry.OriginalValues[nameof(VolunteerStatusChange.VolunteerId)]!);
            }
        }

        var joined = tracker.AddedUntracked<Volunteer>().ToList();
        var theirs = joined.SelectMany(v => v.History).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var change in tracker.AddedUntracked<VolunteerStatusChange>().Where(c => !theirs.Contains(c)))
        {
            (changed ??= []).Add(change.VolunteerId);
        }

        return units is null && changed is null && joined.Count == 0 ? null : (db, ct) => RecountAsync(db, units ?? [], changed, joined, ct);
    }

    private static async Task RecountAsync(GuangongDbContext db, HashSet<(long Unit, string Path)> units, HashSet<long>? changed, List<Volunteer> joined, CancellationToken ct)
    {
        // A transfer moves a volunteer into a unit outside the writer's scope.
        using var outside = db.Scope.ReadOutside(OutsideReasons.RollupUpkeep);
        if (changed is not null)
        {
            // Read after the save: a volunteer added with the change has its key now. One array parameter: an import's people.
            var ids = changed.Where(id => id > 0).ToList();
            units.UnionWith((await db.Volunteers.AsNoTracking().Where(v => EF.Parameter(ids).Contains(v.Id)).Select(v => new { v.UnitId, v.UnitPath }).ToListAsync(ct))
                .Select(v => (v.UnitId, v.UnitPath)));
        }

        var recounted = units.Select(u => u.Unit).ToHashSet();
        var added = Added(joined.Where(v => !recounted.Contains(v.UnitId)));
        var deltas = new Dictionary<(long, string, string, string), long>();

        // Every unit in one order, recounted or added to, so two saves of the same units wait for each other.
        foreach (var (unit, path) in units.Concat(added.Keys).OrderBy(u => u.Unit))
        {
            // Hold the unit's tally before counting (an upsert keeps its row locked until the save commits), so a second
            // save of the same unit waits and then counts with the first one's volunteers committed.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "RosterTallies" ("UnitId", "UnitPath", "Dimension", "Key", "Count") VALUES ({unit}, {path}, {VolunteersByCategory.Code}, '', {0})
                ON CONFLICT ("UnitId", "Dimension", "Key") DO UPDATE SET "Count" = "RosterTallies"."Count"
                """, ct);
            if (added.TryGetValue((unit, path), out var rows))
            {
                // The held row, if it was made for the hold and nobody counts in it, goes with the other zeros.
                rows.TryAdd((VolunteersByCategory.Code, string.Empty), 0);
                await KeyedCounts.RosterTally.ApplyAsync(db, [.. rows.OrderBy(r => r.Key.Dimension, StringComparer.Ordinal).ThenBy(r => r.Key.Key, StringComparer.Ordinal)
                    .Select(r => (unit, path, new object[] { r.Key.Dimension, r.Key.Key }, r.Value))], ct);
                foreach (var ((dimension, key), value) in rows)
                {
                    RosterSubtreeTally.AddAlongPath(deltas, path, dimension, key, value);
                }

                continue;
            }

            await RecountAsync(db, unit, path, deltas, ct);
        }

        await RosterSubtreeTally.ApplyAsync(db, deltas, ct);
    }

    /// <summary>One unit's rows counted again from its volunteers and their changes, their differences noted for the subtree rows.</summary>
    private static async Task RecountAsync(GuangongDbContext db, long unit, string path, Dictionary<(long, string, string, string), long> deltas, CancellationToken ct)
    {
        var wanted = (await RosterTally.CountAsync(db, [unit], ct)).ToDictionary(t => (t.Dimension, t.Key));
        foreach (var row in await db.RosterTallies.Where(t => t.UnitId == unit).ToListAsync(ct))
        {
            var (before, count) = (row.Count, 0);
            if (wanted.Remove((row.Dimension, row.Key), out var now))
            {
                count = now.Count;
                (row.UnitPath, row.Count) = (now.UnitPath, now.Count);
            }
            else
            {
                db.RosterTallies.Remove(row);
            }

            RosterSubtreeTally.AddAlongPath(deltas, path, row.Dimension, row.Key, count - before);
        }

        foreach (var added in wanted.Values)
        {
            RosterSubtreeTally.AddAlongPath(deltas, path, added.Dimension, added.Key, added.Count);
        }

        db.RosterTallies.AddRange(wanted.Values);
    }

    /// <summary>
    /// What new people add to their units' rows, as <see cref="RosterTally.CountAsync"/> would count them: each one on the
    /// roster adds one to their breakdown's rows of now, and each of their history lines that moves the roster its undoing
    /// to the rows of its year (joining this year: minus one there).
    /// </summary>
    private static Dictionary<(long Unit, string Path), Dictionary<(string Dimension, string Key), long>> Added(IEnumerable<Volunteer> joined)
    {
        var added = new Dictionary<(long Unit, string Path), Dictionary<(string Dimension, string Key), long>>();
        foreach (var volunteer in joined)
        {
            var keys = RosterTally.Keys(volunteer.Category, volunteer.Layer, volunteer.BirthYear).ToList();
            var rows = added.TryGetValue((volunteer.UnitId, volunteer.UnitPath), out var found) ? found : added[(volunteer.UnitId, volunteer.UnitPath)] = [];
            foreach (var (dimension, key) in keys.Where(_ => volunteer.Status == VolunteerStatus.Active))
            {
                rows[(dimension, key)] = rows.GetValueOrDefault((dimension, key)) + 1;
            }

            foreach (var change in volunteer.History)
            {
                var undo = (change.FromStatus == VolunteerStatus.Active ? 1 : 0) - (change.ToStatus == VolunteerStatus.Active ? 1 : 0);
                foreach (var (dimension, key) in keys.Where(_ => undo != 0))
                {
                    var year = (RosterTally.Undoing(dimension, change.Date.Year), key);
                    rows[year] = rows.GetValueOrDefault(year) + undo;
                }
            }
        }

        foreach (var rows in added.Values)
        {
            foreach (var zero in rows.Where(r => r.Value == 0).Select(r => r.Key).ToList())
            {
                rows.Remove(zero);
            }
        }

        return added;
    }
}
