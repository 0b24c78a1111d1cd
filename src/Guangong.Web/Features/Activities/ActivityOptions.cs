using Guangong.Web.Features.Dictionaries;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>What the activity form offers: categories, units, venues, youth groups and the volunteers who may have served.</summary>
public sealed record ActivityOptions(
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> YouthGroups,
    IReadOnlyList<(long Id, string Name, int Depth)> Units,
    IReadOnlyList<(long Id, string Name)> Venues,
    IReadOnlyList<(long Id, string Name, string UnitName)> Volunteers,
    IReadOnlyDictionary<long, decimal> Served,
    bool OpenMore,
    IReadOnlyList<(long TaskId, string Label)> Tasks)
{
    /// <summary>The programs the two seed plans name, offered as themes.</summary>
    public static readonly string[] Themes =
    [
        "老少心向党、奋斗新征程", "关爱明天，普法先行", "五个一", "爷爷奶奶一堂课", "弘扬优良家风", "文化塑造未来", "我是强国小主人", "防溺水安全教育",
    ];

    public int MinDepth => Units.Count == 0 ? 0 : Units.Min(u => u.Depth);

    public static async Task<ActivityOptions> LoadAsync(GuangongDbContext db, CodeLists codes, IReadOnlyDictionary<long, decimal> served, bool openMore, CancellationToken ct = default)
    {
        var tasks = await Plans.PlanDirectory.TaskChoicesAsync(db, ct);
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Name, u.Depth, u.Kind }).ToListAsync(ct);
        var venueKinds = new[] { UnitKind.EducationBase, UnitKind.CareStationCourt, UnitKind.CareStationJustice, UnitKind.CareStationPolice };
        var servedIds = served.Keys.ToList();
        // Those who served are always listed; of the rest, the first 500 active volunteers in scope.
        var volunteers = (await db.Volunteers.AsNoTracking()
                .Where(v => servedIds.Contains(v.Id))
                .Select(v => new { v.Id, v.Name, Unit = v.Unit!.Name, v.UnitPath }).ToListAsync(ct))
            .Concat(await db.Volunteers.AsNoTracking()
                .Where(v => v.Status == People.VolunteerStatus.Active && !servedIds.Contains(v.Id))
                .OrderBy(v => v.UnitPath).ThenBy(v => v.Name)
                .Select(v => new { v.Id, v.Name, Unit = v.Unit!.Name, v.UnitPath })
                .Take(500)
                .ToListAsync(ct))
            .OrderBy(v => v.UnitPath, StringComparer.Ordinal).ThenBy(v => v.Name, StringComparer.Ordinal)
            .ToList();
        return new ActivityOptions(
            await codes.EnabledValuesAsync("活动类别", ct),
            await codes.EnabledValuesAsync("青少年群体", ct),
            units.Select(u => (u.Id, u.Name, u.Depth)).ToList(),
            units.Where(u => venueKinds.Contains(u.Kind)).Select(u => (u.Id, u.Name)).ToList(),
            volunteers.Select(v => (v.Id, v.Name, v.Unit)).ToList(),
            served,
            openMore,
            tasks);
    }
}
