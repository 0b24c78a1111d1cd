using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Committees;
using Guangong.Web.Features.People;
using Guangong.Web.Features.Safety.ZeroCrime;
using Guangong.Web.Features.Statistics.Rollup;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using static Guangong.Web.Features.Statistics.Indicators.IndicatorCatalog;

namespace Guangong.Web.Features.Statistics;

/// <summary>
/// The snapshot indicators (states, not events) computed from their small tables, grouped by the
/// owning unit's path, as of the last day of the period (or today while the period runs): who was on
/// the roster then (from the status history), how far each plan task had got (from the dated progress
/// reports), whether each committee's team met its rules (from the terms of office); honours and
/// zero-crime villages of the period's year. What the platform keeps no history of (a unit's kind, a
/// station's stage, a volunteer's layer and category) is counted by its current state, and the
/// definitions say so. Each is one grouped query over the subtree's range.
/// </summary>
internal sealed class SnapshotFigures(GuangongDbContext db, TimeProvider clock, AssignmentsAsOf assignments)
{
    private readonly Dictionary<string, Figures> _byPath = new(StringComparer.Ordinal);

    /// <summary>The day a period's states are read on: its last day, or today when it has not ended yet.</summary>
    public static DateOnly AsOf(MonthSpan span, DateOnly today)
    {
        var last = new DateOnly(span.To / 100, span.To % 100, 1).AddMonths(1).AddDays(-1);
        return last < today ? last : today;
    }

    /// <summary>
    /// A task undone with a deadline before this day is overdue. Read at the end of an ended period, a deadline on
    /// its last day has passed too (a plan due “by the end of 2023” undone is overdue in 2023's figures); while the
    /// period runs, today's deadline has not, as on the task pages.
    /// </summary>
    public static DateOnly OverdueBefore(DateOnly asOf, DateOnly today) => asOf < today ? asOf.AddDays(1) : asOf;

    public async Task<Dictionary<string, Figures>> ByPathAsync(UnitRef unit, IReadOnlyList<UnitRef> children, MonthSpan span, CancellationToken ct)
    {
        var path = unit.Path;
        var end = SubtreeFilter.End(path);
        var year = span.To / 100;
        var today = ChinaTime.Today(clock);
        var asOf = AsOf(span, today);
        var overdueBefore = OverdueBefore(asOf, today);

        // Counted per child's subtree in the database (the path up to the child's segment): a province's 24,000 units
        // come back as a few dozen counts.
        var committees = new CommitteeDirectory(db, new Organization.UnitTreeOrder(db), new Organization.TownNamedUnits(db), clock);
        var below = await committees.UnitsBelowAsync(path, ct);
        foreach (var group in below.Where(b => b.Child != path))
        {
            Add(group.Child, Units.Code, EnumText.Of(group.Kind), group.Count);
        }

        foreach (var (at, meets, count) in await committees.MeetingRulesAsync(path, asOf, below, ct))
        {
            Add(at, CommitteesMeetingRules.Code, meets ? "达标" : "未达标", count);
        }

        await RosterAsync(unit, children, year, asOf, ct);

        foreach (var s in await db.Stations.AsNoTracking().InSubtree(path, db.Scope).GroupBy(s => new { s.UnitPath, s.Stage })
                     .Select(g => new { g.Key.UnitPath, g.Key.Stage, Count = g.Count() }).ToListAsync(ct))
        {
            Add(s.UnitPath, StationsByStage.Code, EnumText.Of(s.Stage), s.Count);
        }

        foreach (var h in await db.StationHonours.AsNoTracking().InSubtree(path, db.Scope).Where(h => h.Year == year && !h.Lost)
                     .GroupBy(h => new { h.UnitPath, h.Title }).Select(g => new { g.Key.UnitPath, g.Key.Title, Count = g.Count() }).ToListAsync(ct))
        {
            Add(h.UnitPath, StationHonours.Code, h.Title, h.Count);
        }

        foreach (var z in await db.ZeroCrimeStatuses.AsNoTracking().InSubtree(path, db.Scope).Where(z => z.Year == year && z.State == ZeroCrimeState.Achieved)
                     .Select(z => z.UnitPath).ToListAsync(ct))
        {
            Add(z, ZeroCrime.Code, string.Empty, 1);
        }

        foreach (var (at, tasks) in await assignments.CountAsync(unit, children, year, asOf, overdueBefore, ct))
        {
            if (tasks.Done != 0)
            {
                Add(at, TasksDone.Code, string.Empty, tasks.Done);
            }

            if (tasks.Overdue != 0)
            {
                Add(at, TasksOverdue.Code, string.Empty, tasks.Overdue);
            }
        }

        return _byPath;
    }

    /// <summary>
    /// The roster on a day by category, layer and age band: the subtree tallies of the unit and of its active children
    /// (<see cref="RosterSubtreeTally"/>, a few rows per unit, by index) as the roster stands now, plus their rows undoing
    /// each year's status changes after the day's year (<see cref="RosterTally.Undoing"/>), plus the changes dated after
    /// the day within its own year undone one by one (none when the day is 31 December, few otherwise). Each change counts
    /// its “from” minus its “to” being 在册, by the volunteer's breakdown and unit now, so the sum over the changes after
    /// the day moves each person back to where they stood then. Its cost follows the children and the rest of the day's
    /// year, not the subtree's size nor how many people joined or left since. The figures are given under the child's path
    /// (or the unit's own, for what its subtree holds beyond its active children's), which is how the caller shares them out.
    /// </summary>
    private async Task RosterAsync(UnitRef unit, IReadOnlyList<UnitRef> children, int year, DateOnly asOf, CancellationToken ct)
    {
        var path = unit.Path;
        var ids = children.Select(c => c.Id).Append(unit.Id).ToList();

        // The rows of now and those undoing the years after the day's, up to next year (a change is never dated later).
        var dimensions = RosterTally.Breakdowns.Concat(Enumerable.Range(asOf.Year + 1, Math.Max(0, ChinaTime.Today(clock).Year + 1 - asOf.Year))
            .SelectMany(y => RosterTally.Breakdowns.Select(b => RosterTally.Undoing(b, y)))).ToList();
        var tally = await db.ByIndex<RosterSubtreeTally>(nameof(RosterSubtreeTally.UnitId), nameof(RosterSubtreeTally.Dimension), nameof(RosterSubtreeTally.Key))
            .AsNoTracking().Where(t => ids.Contains(t.UnitId) && dimensions.Contains(t.Dimension))
            .Select(t => new { t.UnitId, t.Dimension, t.Key, t.Count }).ToListAsync(ct);
        var childPaths = children.ToDictionary(c => c.Id, c => c.Path);
        var rows = new List<(string UnitPath, string Dimension, string Key, long Count)>();
        foreach (var t in tally)
        {
            var dimension = RosterTally.Read(t.Dimension).Dimension;
            if (childPaths.TryGetValue(t.UnitId, out var childPath))
            {
                rows.Add((childPath, dimension, t.Key, t.Count));
                rows.Add((path, dimension, t.Key, -t.Count));
            }
            else
            {
                rows.Add((path, dimension, t.Key, t.Count));
            }
        }

        string Share(string at) => children.FirstOrDefault(c => at.StartsWith(c.Path, StringComparison.Ordinal))?.Path ?? path;

        var yearEnd = new DateOnly(asOf.Year, 12, 31);
        if (asOf < yearEnd)
        {
            var later = await RosterTally.UndoneAsync(db.VolunteerStatusChanges.AsNoTracking().InSubtree(path, db.Scope).Where(c => c.Date > asOf && c.Date <= yearEnd), ct);
            foreach (var v in later)
            {
                rows.AddRange(RosterTally.Keys(v.Category, v.Layer, v.BirthYear).Select(k => (Share(v.UnitPath), k.Dimension, k.Key, (long)v.Undo)));
            }
        }

        // Summed before adding, so a key whose corrections cancel its tally shows nothing rather than a zero.
        foreach (var cell in rows.GroupBy(r => (r.UnitPath, Code: r.Dimension == RosterTally.BirthYear ? VolunteersByAge.Code : r.Dimension,
                     Key: r.Dimension == RosterTally.BirthYear ? AgeBand(year - int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture))
                         : string.IsNullOrEmpty(r.Key) ? "未填" : r.Key)))
        {
            var count = cell.Sum(r => r.Count);
            if (count != 0)
            {
                Add(cell.Key.UnitPath, cell.Key.Code, cell.Key.Key, count);
            }
        }
    }

    /// <summary>
    /// The applicable assignments of the year's plans with their progress on a day: the latest report dated
    /// on or before it (a report dated earlier than the latest one does not roll the figure back, so the
    /// latest by date, then by entry, is the one that counted); no report yet is 0%.
    /// </summary>
    public static IQueryable<TaskAsOf> TasksAsOf(GuangongDbContext db, string path, int year, DateOnly day)
    {
        var planIds = db.WorkPlans.Where(p => p.Year == year).Select(p => p.Id);
        return db.TaskAssignments.AsNoTracking().InSubtree(path, db.Scope).Where(t => planIds.Contains(t.PlanId) && !t.NotApplicable)
            .Select(t => new TaskAsOf(t.UnitPath, t.TaskId, t.PlanTitle, t.DueDate,
                t.LastProgressOn == null || t.LastProgressOn <= day ? t.Percent
                : db.TaskProgress.Where(p => p.AssignmentId == t.Id && p.Date <= day).OrderByDescending(p => p.Date).ThenByDescending(p => p.Id)
                    .Select(p => (int?)p.Percent).FirstOrDefault() ?? 0));
    }

    public static readonly string[] AgeBands = ["60岁以下", "60–69岁", "70–79岁", "80岁及以上"];

    public static string AgeBand(int age) => age < 60 ? AgeBands[0] : age < 70 ? AgeBands[1] : age < 80 ? AgeBands[2] : AgeBands[3];

    private void Add(string path, string code, string key, long value)
    {
        if (!_byPath.TryGetValue(path, out var figures))
        {
            _byPath[path] = figures = new Figures();
        }

        figures.Add(code, key, value);
    }
}

/// <summary>A plan task as one unit had it on a day.</summary>
public sealed record TaskAsOf(string UnitPath, long TaskId, string PlanTitle, DateOnly? DueDate, int Percent);
