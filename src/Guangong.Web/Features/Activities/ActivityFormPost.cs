namespace Guangong.Web.Features.Activities;

/// <summary>
/// The parts of the activity form that Blazor's form binding does not carry: ticked volunteers
/// with their hours, ticked youth groups, and the uploaded files.
/// </summary>
public static class ActivityFormPost
{
    public static async Task<IReadOnlyList<EvidenceFiles.Upload>> ReadAsync(HttpContext http, ActivityInput input, CancellationToken ct = default)
    {
        var form = await http.Request.ReadFormAsync(ct);
        input.Served = form["served"]
            .Select(v => long.TryParse(v, out var id) ? id : 0)
            .Where(id => id > 0)
            .Distinct()
            .Select(id => new ServedInput { VolunteerId = id, Hours = form[$"hours-{id}"].ToString() })
            .ToList();
        input.Shown = form.ContainsKey("shown") ? form["shown"].Select(v => long.TryParse(v, out var id) ? id : 0).Where(id => id > 0).Distinct().ToList() : null;
        var groups = form["youthGroup"].Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g!).ToList();
        if (groups.Count > 0)
        {
            input.YouthGroups = string.Join("、", groups.Append(input.YouthGroups ?? string.Empty).Where(g => g.Length > 0));
        }

        // 法治教育: the ticked 四进 and laws (the boxes show only for a legal-education category).
        input.FourIn = string.Join("、", form["fourIn"].Where(v => !string.IsNullOrWhiteSpace(v)));
        input.Laws = string.Join("、", form["law"].Where(v => !string.IsNullOrWhiteSpace(v)));

        var uploads = new List<EvidenceFiles.Upload>();
        foreach (var file in form.Files.Where(f => f.Length > 0 && f.Name is "files" or "photos"))
        {
            uploads.Add(await EvidenceFiles.ReadAsync(file, ct));
        }

        return uploads;
    }
}
