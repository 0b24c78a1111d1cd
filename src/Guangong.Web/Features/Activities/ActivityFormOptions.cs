using Guangong.Web.Features.Dictionaries;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>Loads what the activity form offers (<see cref="ActivityOptions"/>), through the scope filter.</summary>
public sealed class ActivityFormOptions(GuangongDbContext db, CodeLists codes, IPlanTaskCatalog planTasks, People.TownVolunteers townVolunteers)
{
    public async Task<ActivityOptions> LoadAsync(IReadOnlyDictionary<long, decimal> served, bool openMore, long? task, CancellationToken ct = default)
    {
        var (tasks, tasksTrimmed) = await planTasks.ChoicesAsync(task, ct);
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Name, u.Depth, u.Kind }).ToListAsync(ct);
        var venueKinds = new[] { UnitKind.EducationBase, UnitKind.CareStationCourt, UnitKind.CareStationJustice, UnitKind.CareStationPolice };
        var servedIds = served.Keys.ToList();
        // Those who served are always listed; of the rest, the first 500 active volunteers the recorder may
        // name: a village's or school's recorder names any of the town's 五老 (TownVolunteers), its own listed first.
        var volunteers = (await townVolunteers.NamesAsync(servedIds, ct)).Values
            .Concat(await townVolunteers.ActiveAsync(servedIds, 500, ct))
            .OrderByDescending(v => v.InScope).ThenBy(v => v.UnitPath, StringComparer.Ordinal).ThenBy(v => v.Name, StringComparer.Ordinal)
            .ToList();
        return new ActivityOptions(
            await codes.EnabledValuesAsync("活动类别", ct),
            await codes.EnabledValuesAsync("青少年群体", ct),
            units.Select(u => (u.Id, u.Name, u.Depth)).ToList(),
            units.Where(u => venueKinds.Contains(u.Kind)).Select(u => (u.Id, u.Name)).ToList(),
            volunteers.Select(v => (v.Id, v.Name, v.UnitName)).ToList(),
            served,
            openMore,
            tasks,
            tasksTrimmed);
    }
}
