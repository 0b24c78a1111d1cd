using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Dictionaries;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// Loads what the activity form offers (<see cref="ActivityOptions"/>), through the scope filter. Each list is bounded: a
/// province officer's form read 24,000 units and listed every care station and base of the province.
/// </summary>
public sealed class ActivityFormOptions(GuangongDbContext db, CodeLists codes, IPlanTaskCatalog planTasks, People.TownVolunteers townVolunteers, UnitChoices unitChoices, UnitTreeOrder treeOrder, TownNamedUnits townNames)
{
    /// <summary>
    /// Listed in the form of a town or a unit below it before the recorder searches: a real town's roster (a hundred or
    /// two) fits and is ticked without typing a name on a phone; a larger one would make every form heavy (1,000 names
    /// were 490 KB) for names the search reaches (<see cref="FindVolunteersAsync"/>).
    /// </summary>
    public const int MostVolunteersListed = 200;

    /// <summary>
    /// Listed for a scope wider than a town before the recorder searches: a district's first 200 would be one town's
    /// first villages, no more the ones meant than any others, and cost the form twice the time of a town's.
    /// </summary>
    public const int MostVolunteersListedAboveTown = 20;

    /// <summary>A search answers with this many names at most: enough for a surname, few enough for a phone.</summary>
    public const int MostVolunteersFound = 30;

    /// <summary>From this many names the form offers the search (a village's dozen is ticked at a glance).</summary>
    public const int FinderFrom = 20;

    private static readonly UnitKind[] VenueKinds = [UnitKind.EducationBase, UnitKind.CareStationCourt, UnitKind.CareStationJustice, UnitKind.CareStationPolice];

    /// <summary>The form's lists, keeping the unit, venue and task it names now (<paramref name="form"/>).</summary>
    public async Task<ActivityOptions> LoadAsync(ActivityInput form, IReadOnlyDictionary<long, decimal> served, bool openMore, CancellationToken ct = default)
    {
        var (tasks, tasksTrimmed) = await planTasks.ChoicesAsync(QueryValue.Long(form.PlanTaskId), ct);
        var units = await unitChoices.PickableAsync(QueryValue.Long(form.UnitId), ct);
        var servedIds = served.Keys.ToList();
        // Those who served are always listed; of the rest, the first active volunteers the recorder may name: a
        // village's or school's recorder names any of the town's 五老 (TownVolunteers), its own listed first. One more
        // is read to know whether some were left out (the form then offers the search).
        var listed = await townNames.WiderThanTownAsync(ct) ? MostVolunteersListedAboveTown : MostVolunteersListed;
        var ofTown = await townVolunteers.TownPathAsync(ct) is not null;
        var others = await townVolunteers.ActiveAsync(servedIds, listed + 1, ct: ct);
        var volunteers = await townVolunteers.WithTownNamesAsync((await townVolunteers.NamesAsync(servedIds, ct)).Values
            .Concat(others.Take(listed))
            .OrderByDescending(v => v.InScope).ThenBy(v => v.UnitPath, StringComparer.Ordinal).ThenBy(v => v.Name, StringComparer.Ordinal)
            .ToList(), ct);
        var (venues, venuesTrimmed) = await VenuesAsync(QueryValue.Long(form.VenueUnitId), ct);
        return new ActivityOptions(
            await codes.EnabledValuesAsync("活动类别", ct),
            await codes.EnabledValuesAsync("青少年群体", ct),
            units,
            venues,
            volunteers.Select(v => (v.Id, v.Name, v.UnitName)).ToList(),
            served,
            openMore,
            tasks,
            tasksTrimmed,
            venuesTrimmed,
            others.Count > listed,
            ofTown,
            db.Scope.UnitId);
    }

    /// <summary>
    /// The active volunteers whose name holds <paramref name="name"/> that the recorder may name (the form's own list:
    /// a village's recorder finds the town's 五老), and whether more than <see cref="MostVolunteersFound"/> matched.
    /// </summary>
    public async Task<VolunteerMatches> FindVolunteersAsync(string name, CancellationToken ct = default)
    {
        var found = await townVolunteers.ActiveAsync([], MostVolunteersFound + 1, name, ct);
        var shown = await townVolunteers.WithTownNamesAsync([.. found.Take(MostVolunteersFound)], ct);
        return new VolunteerMatches([.. shown.Select(v => new VolunteerMatch(v.Id, v.Name, v.UnitName))], found.Count > MostVolunteersFound);
    }

    /// <summary>
    /// The care stations and education bases in the scope while they fit <see cref="FilterUnits.MostShown"/> (a town has a
    /// few); past that (a province's thousands) only the one the form names, and the form says to switch down first. A
    /// district reads each with its town.
    /// </summary>
    private async Task<(IReadOnlyList<(long Id, string Name)> Items, bool Trimmed)> VenuesAsync(long? keep, CancellationToken ct)
    {
        var venues = db.Units.AsNoTracking().Where(u => u.IsActive && VenueKinds.Contains(u.Kind));
        var trimmed = await venues.HoldsMoreThanAsync(FilterUnits.MostShown, ct);
        var items = await venues.Where(u => !trimmed || u.Id == keep).Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(ct);
        var named = await townNames.ForAsync(items.Select(u => u.Path), ct);
        return ([.. (await treeOrder.SortAsync(items, u => u.Path, ct)).Select(u => (u.Id, named(u.Path, u.Name)))], trimmed);
    }
}
