using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Files;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// The parts of the activity form that are not fields of <see cref="ActivityInput"/>: ticked
/// volunteers with their hours (posted as <c>hours[id]</c>), the volunteers the form listed, ticked
/// youth groups, the 四进 and laws of a legal-education activity, the uploaded files and the tokens of files uploaded as they were picked. The create and edit pages bind each by its field name.
/// </summary>
public sealed record ActivityFormPost(
    List<string>? Served,
    Dictionary<string, string?>? Hours,
    List<string>? Shown,
    List<string>? YouthGroups,
    List<string>? FourIn,
    List<string>? Laws,
    IReadOnlyList<IFormFile>? Photos,
    IReadOnlyList<IFormFile>? Files,
    List<string>? Uploaded = null)
{
    public async Task<IReadOnlyList<EvidenceFiles.Upload>> ApplyAsync(ActivityInput input, CancellationToken ct = default)
    {
        input.Served = [.. QueryValue.Ids(Served).Where(id => id > 0).Distinct()
            .Select(id => new ServedInput { VolunteerId = id, Hours = Hours?.GetValueOrDefault(id.ToString(CultureInfo.InvariantCulture)) ?? string.Empty })];
        input.Shown = Shown is null ? null : [.. QueryValue.Ids(Shown).Where(id => id > 0).Distinct()];
        var groups = (YouthGroups ?? []).Where(g => !string.IsNullOrWhiteSpace(g)).ToList();
        if (groups.Count > 0)
        {
            input.YouthGroups = string.Join("、", groups.Append(input.YouthGroups ?? string.Empty).Where(g => g.Length > 0));
        }

        // 法治教育: the ticked 四进 and laws (the boxes show only for a legal-education category).
        input.FourIn = string.Join("、", (FourIn ?? []).Where(v => !string.IsNullOrWhiteSpace(v)));
        input.Laws = string.Join("、", (Laws ?? []).Where(v => !string.IsNullOrWhiteSpace(v)));

        input.Uploaded = Uploaded;
        var uploads = new List<EvidenceFiles.Upload>();
        foreach (var file in (Photos ?? []).Concat(Files ?? []).Where(f => f.Length > 0))
        {
            uploads.Add(await EvidenceFiles.ReadAsync(file, ct));
        }

        return uploads;
    }
}
