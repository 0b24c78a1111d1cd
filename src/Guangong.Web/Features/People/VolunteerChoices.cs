using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.People;

/// <summary>A volunteer a form offers: the form shows the name with the unit or the category, as it needs.</summary>
public sealed record VolunteerChoice(long Id, string Name, string UnitName, string? Category);

/// <summary>What a volunteer picker lists; <see cref="Trimmed"/> when the scope held more than the picker lists.</summary>
public sealed record VolunteerChoiceList(IReadOnlyList<VolunteerChoice> Items, bool Trimmed);

/// <summary>
/// The one bounded query behind the volunteer pickers of upper-level forms (a patrol's 五老, a café's supervisors, a
/// committee's members, a workshop's leader, a station's tutors; a care case's mentor comes from its station's own roster).
/// A town's roster (a few hundred; up to 2,000) is listed whole, by unit and name; a city's 180,000 made each such page
/// 6–21 MB (issue 18.3), so a scope holding more than <see cref="MostListed"/> lists only the volunteers the form already
/// names, and the page asks to switch to the town in the header first.
/// </summary>
public sealed class VolunteerChoices(GuangongDbContext db, Organization.TownNamedUnits townNames)
{
    public const int MostListed = 2_000;

    public Task<VolunteerChoiceList> ListAsync(IEnumerable<long>? keep = null, bool activeOnly = true, CancellationToken ct = default) =>
        ListAsync(keep, activeOnly, MostListed, ct);

    /// <summary>The same with another bound: the tests trim the demo's roster of a few dozen.</summary>
    internal async Task<VolunteerChoiceList> ListAsync(IEnumerable<long>? keep, bool activeOnly, int mostListed, CancellationToken ct)
    {
        var kept = (keep ?? []).Distinct().ToList();

        // Whether they fit is counted up to one more, not over a city's every volunteer.
        var trimmed = await db.Volunteers.Where(v => !activeOnly || v.Status == VolunteerStatus.Active).HoldsMoreThanAsync(mostListed, ct);
        // The named ones are listed under the same status rule: a café supervisor who has left the roster is not offered
        // (the save would refuse them), as when the picker listed everyone.
        var listed = db.Volunteers.AsNoTracking().Where(v => (!trimmed || kept.Contains(v.Id)) && (!activeOnly || v.Status == VolunteerStatus.Active));
        var read = await listed.OrderBy(v => v.UnitPath).ThenBy(v => v.Name).ThenBy(v => v.Id)
            .Select(v => new { v.Id, v.Name, Unit = v.Unit!.Name, v.UnitPath, v.Category }).ToListAsync(ct);
        // A district's pickers name the village with its town: two towns' villages may share a name, and so may two 五老.
        var named = await townNames.ForAsync(read.Select(v => v.UnitPath), ct);
        return new VolunteerChoiceList([.. read.Select(v => new VolunteerChoice(v.Id, v.Name, named(v.UnitPath, v.Unit), v.Category))], trimmed);
    }

    /// <summary>The same as (id, "name（unit）") pairs: a patrol's 五老, a café's supervisors, where names repeat across villages.</summary>
    public async Task<(IReadOnlyList<(long Id, string Name)> Items, bool Trimmed)> WithUnitsAsync(IEnumerable<long>? keep = null, CancellationToken ct = default)
    {
        var list = await ListAsync(keep, ct: ct);
        return ([.. list.Items.Select(v => (v.Id, $"{v.Name}（{v.UnitName}）"))], list.Trimmed);
    }

    /// <summary>The same as (id, name) pairs, with <paramref name="keep"/> the one the form names now (a committee's member).</summary>
    public async Task<(IReadOnlyList<(long Id, string Name)> Items, bool Trimmed)> NamesAsync(long? keep, bool activeOnly = true, CancellationToken ct = default)
    {
        var list = await ListAsync(keep is { } id ? [id] : null, activeOnly, ct);
        return ([.. list.Items.Select(v => (v.Id, v.Name))], list.Trimmed);
    }
}
