using System.Globalization;
using Guangong.Web.Features.People;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Stations;

/// <summary>
/// A station's tutors (郑陆 三: "辅导队伍稳定"): 五老 picked from the roster of the town and others typed
/// by name. The station keeps one list of names joined by "、", roster names first; when the form
/// opens, names that are on the roster come back ticked and the rest stay in the text box.
/// </summary>
public sealed class StationTutors(GuangongDbContext db, VolunteerChoices volunteerChoices)
{
    public sealed record Choice(long Id, string Name, string? Category);

    /// <summary>
    /// The active volunteers in the scope (the town's roster for a town officer); none of a scope too large to list
    /// (<see cref="VolunteerChoices"/>), where the tutors' names stay in the text box.
    /// </summary>
    public async Task<(IReadOnlyList<Choice> Items, bool Trimmed)> ChoicesAsync(CancellationToken ct = default)
    {
        var list = await volunteerChoices.ListAsync(ct: ct);
        return ([.. list.Items.Select(v => new Choice(v.Id, v.Name, v.Category))], list.Trimmed);
    }

    /// <summary>Splits a saved list into the roster volunteers it names and the other names.</summary>
    public static (IReadOnlyList<long> Roster, string? Others) Split(string? tutors, IReadOnlyList<Choice> choices)
    {
        var names = (tutors ?? string.Empty).Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var roster = new List<long>();
        var others = new List<string>();
        foreach (var name in names)
        {
            if (choices.FirstOrDefault(c => c.Name == name && !roster.Contains(c.Id)) is { } c)
            {
                roster.Add(c.Id);
            }
            else
            {
                others.Add(name);
            }
        }

        return (roster, others.Count == 0 ? null : string.Join("、", others));
    }

    /// <summary>The ticked roster volunteers' names and the typed names as one list; an id that is no active volunteer in scope is refused.</summary>
    public async Task<string?> JoinAsync(IReadOnlyList<string>? picked, string? others, List<FieldError> errors, CancellationToken ct)
    {
        // "0" is the form's marker that the boxes were posted; anything else not a number is refused.
        var ids = (picked ?? []).Where(p => p != "0").Select(p => long.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1).Distinct().ToList();
        var found = await db.Volunteers.AsNoTracking().Where(v => ids.Contains(v.Id) && v.Status == VolunteerStatus.Active)
            .Select(v => new { v.Id, v.Name }).ToListAsync(ct);
        if (found.Count != ids.Count)
        {
            errors.Add(new FieldError(nameof(StationInput.Tutors), "请从名册中选择在册的五老志愿者。"));
            return null;
        }

        var typed = (others ?? string.Empty).Split(['、', '，', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var names = ids.Select(id => found.Single(v => v.Id == id).Name).Concat(typed).Distinct().ToList();
        var joined = string.Join("、", names);
        if (joined.Length > 300)
        {
            errors.Add(new FieldError(nameof(StationInput.Tutors), "辅导员名单不能超过300个字。"));
            return null;
        }

        return joined.Length == 0 ? null : joined;
    }
}
