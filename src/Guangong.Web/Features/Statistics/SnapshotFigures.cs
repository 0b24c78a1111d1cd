using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Committees;
using Guangong.Web.Features.People;
using Guangong.Web.Features.Safety.ZeroCrime;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using static Guangong.Web.Features.Statistics.Indicators.IndicatorCatalog;

namespace Guangong.Web.Features.Statistics;

/// <summary>
/// The snapshot indicators (states, not events) computed from their small tables, grouped by the
/// owning unit's path: units, volunteers on the roster, stations, honours and zero-crime villages of the
/// year, plan tasks of the year, committees meeting their rules (as of today). Each is one grouped query over the subtree's range.
/// </summary>
internal sealed class SnapshotFigures(GuangongDbContext db, TimeProvider clock)
{
    private readonly Dictionary<string, Figures> _byPath = new(StringComparer.Ordinal);

    public async Task<Dictionary<string, Figures>> ByPathAsync(UnitRef unit, int year, CancellationToken ct)
    {
        var path = unit.Path;
        var end = SubtreeFilter.End(path);

        foreach (var u in await db.Units.AsNoTracking()
                     .Where(u => u.IsActive && string.Compare(u.Path, path) > 0 && string.Compare(u.Path, end) < 0)
                     .Select(u => new { u.Path, u.Kind }).ToListAsync(ct))
        {
            Add(u.Path, Units.Code, EnumText.Of(u.Kind), 1);
        }

        foreach (var (committee, meets) in await new CommitteeDirectory(db, clock).MeetingRulesAsync(path, ct))
        {
            Add(committee, CommitteesMeetingRules.Code, meets ? "达标" : "未达标", 1);
        }

        var volunteers = await db.Volunteers.AsNoTracking().InSubtree(path).Where(v => v.Status == VolunteerStatus.Active)
            .GroupBy(v => new { v.UnitPath, v.Category, v.Layer, v.BirthYear })
            .Select(g => new { g.Key.UnitPath, g.Key.Category, g.Key.Layer, g.Key.BirthYear, Count = g.Count() }).ToListAsync(ct);
        foreach (var v in volunteers)
        {
            Add(v.UnitPath, VolunteersByCategory.Code, string.IsNullOrEmpty(v.Category) ? "未填" : v.Category, v.Count);
            Add(v.UnitPath, VolunteersByLayer.Code, string.IsNullOrEmpty(v.Layer) ? "未填" : v.Layer, v.Count);
            Add(v.UnitPath, VolunteersByAge.Code, AgeBand(year - v.BirthYear), v.Count);
        }

        foreach (var s in await db.Stations.AsNoTracking().InSubtree(path).GroupBy(s => new { s.UnitPath, s.Stage })
                     .Select(g => new { g.Key.UnitPath, g.Key.Stage, Count = g.Count() }).ToListAsync(ct))
        {
            Add(s.UnitPath, StationsByStage.Code, EnumText.Of(s.Stage), s.Count);
        }

        foreach (var h in await db.StationHonours.AsNoTracking().InSubtree(path).Where(h => h.Year == year && !h.Lost)
                     .GroupBy(h => new { h.UnitPath, h.Title }).Select(g => new { g.Key.UnitPath, g.Key.Title, Count = g.Count() }).ToListAsync(ct))
        {
            Add(h.UnitPath, StationHonours.Code, h.Title, h.Count);
        }

        foreach (var z in await db.ZeroCrimeStatuses.AsNoTracking().InSubtree(path).Where(z => z.Year == year && z.State == ZeroCrimeState.Achieved)
                     .Select(z => z.UnitPath).ToListAsync(ct))
        {
            Add(z, ZeroCrime.Code, string.Empty, 1);
        }

        var today = ChinaTime.Today(clock);
        var planIds = db.WorkPlans.Where(p => p.Year == year).Select(p => p.Id);
        foreach (var t in await db.TaskAssignments.AsNoTracking().InSubtree(path).Where(t => planIds.Contains(t.PlanId) && !t.NotApplicable)
                     .Select(t => new { t.UnitPath, t.Percent, t.DueDate }).ToListAsync(ct))
        {
            if (t.Percent >= 100)
            {
                Add(t.UnitPath, TasksDone.Code, string.Empty, 1);
            }
            else if (t.DueDate is { } due && due < today)
            {
                Add(t.UnitPath, TasksOverdue.Code, string.Empty, 1);
            }
        }

        return _byPath;
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
