using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// Keeps <see cref="VolunteerYearHours"/> and <see cref="UnitYearHours"/> with the ledger: before a save it notes
/// the (volunteer, year) and (unit, year) of every line added (or, should one ever be, changed or deleted); after
/// it, inside the save's transaction, it recomputes just those from their lines (a volunteer's year is a few dozen
/// lines, read by the (VolunteerId, Date) index; a unit's year by (UnitPath, Date)).
/// </summary>
public sealed class ServiceHourTotalsFollower : ISaveFollower
{
    public Func<GuangongDbContext, CancellationToken, Task>? Capture(ChangeTracker tracker)
    {
        HashSet<(long Volunteer, int Year)>? people = null;
        HashSet<(long Unit, string Path, int Year)>? units = null;
        foreach (var entry in tracker.Entries<ServiceHourEntry>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var versions = entry.State == EntityState.Modified
                ? new[] { entry.OriginalValues.ToObject(), entry.Entity }.Cast<ServiceHourEntry>()
                : [entry.Entity];
            foreach (var line in versions)
            {
                (people ??= []).Add((line.VolunteerId, line.Date.Year));
                (units ??= []).Add((line.UnitId, line.UnitPath, line.Date.Year));
            }
        }

        foreach (var line in tracker.AddedUntracked<ServiceHourEntry>())
        {
            (people ??= []).Add((line.VolunteerId, line.Date.Year));
            (units ??= []).Add((line.UnitId, line.UnitPath, line.Date.Year));
        }

        return people is null ? null : (db, ct) => RecomputeAsync(db, people, units!, ct);
    }

    private static async Task RecomputeAsync(GuangongDbContext db, HashSet<(long Volunteer, int Year)> people, HashSet<(long Unit, string Path, int Year)> units, CancellationToken ct)
    {
        // A check-in writes into another unit's ledger, so the totals of that unit are kept from outside the writer's scope.
        using var outside = db.Scope.ReadOutside(OutsideReasons.RollupUpkeep);
        foreach (var (volunteer, year) in people)
        {
            var (from, to) = YearRange(year);
            var lines = await db.ServiceHourEntries.AsNoTracking()
                .Where(e => e.VolunteerId == volunteer && e.Date >= from && e.Date < to)
                .Select(e => new { e.UnitId, e.UnitPath, e.Tenths, e.Verified, e.ActivityId }).ToListAsync(ct);
            var wanted = lines.GroupBy(l => l.UnitId).ToDictionary(g => g.Key, g => new VolunteerYearHours
            {
                VolunteerId = volunteer, Year = year, UnitId = g.Key, UnitPath = g.First().UnitPath, Tenths = g.Sum(l => l.Tenths),
                VerifiedTenths = g.Where(l => l.Verified).Sum(l => l.Tenths), Activities = g.Where(l => l.ActivityId is not null).Select(l => l.ActivityId).Distinct().Count(),
            });
            foreach (var row in await db.VolunteerYearHours.Where(r => r.VolunteerId == volunteer && r.Year == year).ToListAsync(ct))
            {
                if (wanted.Remove(row.UnitId, out var now))
                {
                    (row.UnitPath, row.Tenths, row.VerifiedTenths, row.Activities) = (now.UnitPath, now.Tenths, now.VerifiedTenths, now.Activities);
                }
                else
                {
                    db.VolunteerYearHours.Remove(row);
                }
            }

            db.VolunteerYearHours.AddRange(wanted.Values);
            await SyncSubtreeAsync(db, volunteer, year, [.. lines.GroupBy(l => l.UnitPath).Select(g => (g.Key, g.Sum(l => l.Tenths), g.Where(l => l.Verified).Sum(l => l.Tenths), g.Where(l => l.ActivityId is not null).Select(l => l.ActivityId).Distinct().Count()))], ct);
        }

        foreach (var (unit, path, year) in units)
        {
            var (from, to) = YearRange(year);
            var lines = await db.ServiceHourEntries.AsNoTracking()
                .Where(e => e.UnitPath == path && e.UnitId == unit && e.Date >= from && e.Date < to)
                .Select(e => new { e.VolunteerId, e.Tenths, e.ActivityId }).ToListAsync(ct);
            var row = await db.UnitYearHours.FirstOrDefaultAsync(r => r.UnitId == unit && r.Year == year, ct);
            if (lines.Count == 0)
            {
                if (row is not null)
                {
                    db.UnitYearHours.Remove(row);
                }

                continue;
            }

            if (row is null)
            {
                db.UnitYearHours.Add(row = new UnitYearHours { UnitId = unit, Year = year });
            }

            row.UnitPath = path;
            row.Tenths = lines.Sum(l => l.Tenths);
            row.People = lines.Select(l => l.VolunteerId).Distinct().Count();
            row.Activities = lines.Where(l => l.ActivityId is not null).Select(l => l.ActivityId).Distinct().Count();
        }
    }

    /// <summary>
    /// Replaces a volunteer's subtree rows of a year with the sums of their hours by unit of service over every unit on
    /// those units' paths: a village's hours count for the village, its town, its district and so on up.
    /// </summary>
    internal static async Task SyncSubtreeAsync(GuangongDbContext db, long volunteer, int year, List<(string Path, int Tenths, int Verified, int Activities)> byUnit, CancellationToken ct)
    {
        var wanted = new Dictionary<string, VolunteerSubtreeHours>(StringComparer.Ordinal);
        foreach (var (path, tenths, verified, activities) in byUnit)
        {
            foreach (var (unit, above) in SubtreeFilter.Ancestry(path))
            {
                if (!wanted.TryGetValue(above, out var row))
                {
                    wanted[above] = row = new VolunteerSubtreeHours { VolunteerId = volunteer, Year = year, UnitId = unit, UnitPath = above };
                }

                (row.Tenths, row.VerifiedTenths, row.Activities) = (row.Tenths + tenths, row.VerifiedTenths + verified, row.Activities + activities);
            }
        }

        foreach (var row in await db.VolunteerSubtreeHours.Where(r => r.VolunteerId == volunteer && r.Year == year).ToListAsync(ct))
        {
            if (wanted.Remove(row.UnitPath, out var now) && now.UnitId == row.UnitId)
            {
                (row.Tenths, row.VerifiedTenths, row.Activities) = (now.Tenths, now.VerifiedTenths, now.Activities);
            }
            else
            {
                db.VolunteerSubtreeHours.Remove(row);
                if (now is not null)
                {
                    wanted[now.UnitPath] = now;
                }
            }
        }

        db.VolunteerSubtreeHours.AddRange(wanted.Values);
    }

    /// <summary>
    /// After a unit moved (its subtree's paths rewritten), the subtree rows of every volunteer who served in it are
    /// summed again: the units above it are not the same any more.
    /// </summary>
    public static async Task ResumAfterMoveAsync(GuangongDbContext db, string newPath, CancellationToken ct = default)
    {
        using var outside = db.Scope.ReadOutside(OutsideReasons.RollupUpkeep);
        var served = await db.VolunteerYearHours.AsNoTracking().InSubtree(newPath, db.Scope).Select(r => new { r.VolunteerId, r.Year }).Distinct().ToListAsync(ct);
        foreach (var (volunteer, year) in served.Select(s => (s.VolunteerId, s.Year)))
        {
            var rows = await db.VolunteerYearHours.AsNoTracking().Where(r => r.VolunteerId == volunteer && r.Year == year)
                .Select(r => new { r.UnitPath, r.Tenths, r.VerifiedTenths, r.Activities }).ToListAsync(ct);
            await SyncSubtreeAsync(db, volunteer, year, [.. rows.Select(r => (r.UnitPath, r.Tenths, r.VerifiedTenths, r.Activities))], ct);
        }

        await db.SaveChangesAsync(ct);
    }

    private static (DateOnly From, DateOnly To) YearRange(int year) => (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));

    /// <summary>
    /// Recomputes both tables from every line in one statement each (<c>-- statistics rebuild</c>, the generator,
    /// and at start-up when the tables are empty but lines exist, e.g. after the upgrade that introduced them).
    /// </summary>
    public static async Task<(int People, int Units)> RebuildAsync(GuangongDbContext db, CancellationToken ct = default)
    {
        var year = db.OnSqlite ? "CAST(substr(\"Date\", 1, 4) AS INTEGER)" : "CAST(EXTRACT(YEAR FROM \"Date\") AS integer)";
        // A county's 1.6 million lines take tens of seconds on a busy machine: more than the default 30 s.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"VolunteerYearHours\"", ct);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"UnitYearHours\"", ct);
        // The year expression is one of two constants above, never input.
        var insertPeople = $"""
            INSERT INTO "VolunteerYearHours" ("VolunteerId", "Year", "UnitId", "UnitPath", "Tenths", "VerifiedTenths", "Activities")
            SELECT "VolunteerId", {year}, "UnitId", MIN("UnitPath"), SUM("Tenths"), SUM(CASE WHEN "Verified" THEN "Tenths" ELSE 0 END), COUNT(DISTINCT "ActivityId")
            FROM "ServiceHourEntries" GROUP BY "VolunteerId", {year}, "UnitId"
            """;
        var insertUnits = $"""
            INSERT INTO "UnitYearHours" ("UnitId", "UnitPath", "Year", "Tenths", "People", "Activities")
            SELECT "UnitId", MIN("UnitPath"), {year}, SUM("Tenths"), COUNT(DISTINCT "VolunteerId"), COUNT(DISTINCT "ActivityId")
            FROM "ServiceHourEntries" GROUP BY "UnitId", {year}
            """;
        var people = await db.Database.ExecuteSqlRawAsync(insertPeople, ct);
        var units = await db.Database.ExecuteSqlRawAsync(insertUnits, ct);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"VolunteerSubtreeHours\"", ct);

        // Every unit's subtree sums, from the rows just written: a row counts for each unit whose path range holds its path.
        // The units above each unit are listed first (a few per unit, by the path index) and joined by unit id: a range
        // join of the rows themselves with the units ran past 30 minutes at a province's 1.8 million volunteer-years.
        var insertSubtree = $"""
            WITH {SubtreeFilter.UnitsAboveCte}
            INSERT INTO "VolunteerSubtreeHours" ("VolunteerId", "Year", "UnitId", "UnitPath", "Tenths", "VerifiedTenths", "Activities")
            SELECT h."VolunteerId", h."Year", above."AboveId", above."AbovePath", SUM(h."Tenths"), SUM(h."VerifiedTenths"), SUM(h."Activities")
            FROM "VolunteerYearHours" h JOIN above ON above."UnitId" = h."UnitId"
            GROUP BY h."VolunteerId", h."Year", above."AboveId", above."AbovePath"
            """;
        await db.Database.ExecuteSqlRawAsync(insertSubtree, ct);
        return (people, units);
    }

    /// <summary>Rebuilds when lines exist but no totals do (a database from before the tables); run with the system scope.</summary>
    public static async Task<bool> RebuildIfMissingAsync(GuangongDbContext db, CancellationToken ct = default)
    {
        // The subtree sums came later than the year totals: a database with the one and not the other gets both again.
        if ((await db.UnitYearHours.AnyAsync(ct) && await db.VolunteerSubtreeHours.AnyAsync(ct)) || !await db.ServiceHourEntries.AnyAsync(ct))
        {
            return false;
        }

        await RebuildAsync(db, ct);
        return true;
    }
}

/// <summary>Answers the organization's <see cref="Organization.IUnitMoveFollower"/> port for the subtree hours.</summary>
public sealed class SubtreeHoursAfterMove : Organization.IUnitMoveFollower
{
    public Task MovedAsync(GuangongDbContext db, string oldPath, string newPath, CancellationToken ct = default) => ServiceHourTotalsFollower.ResumAfterMoveAsync(db, newPath, ct);
}
