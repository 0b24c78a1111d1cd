using Guangong.Documents.Plans;

namespace Guangong.Web.Features.Plans;

/// <summary>
/// The plan tree as the import page posts it back in its hidden "draft" field. The page wrote it,
/// but the browser can send anything: a tree with holes (null lists or texts) or of absurd size is
/// refused here, and the page says it has expired, instead of failing later with a 500.
/// </summary>
public static class PostedDraft
{
    public const int MaxSections = 200;

    public const int MaxItems = 2000;

    public const int MaxRoster = 500;

    public static PlanDraft? Read(string json)
    {
        PlanDocument? doc;
        try
        {
            doc = PlanJson.Deserialize(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }

        return doc is not null && IsWhole(doc) ? PlanDraft.From(doc) : null;
    }

    private static bool IsWhole(PlanDocument doc) =>
        doc is { Sections: not null, Roster: not null, Warnings: not null }
        && doc.Sections.Count <= MaxSections
        && doc.Roster.Count <= MaxRoster
        && doc.Sections.All(s => s is { Number: not null, Heading: not null, Text: not null, Items: not null })
        && doc.Sections.Sum(s => s.Items.Count) <= MaxItems
        && doc.Sections.SelectMany(s => s.Items).All(i => i is { Number: not null, Text: not null, Deadlines: not null, Targets: not null, Owners: not null, Programs: not null, Frequencies: not null }
            && i.Deadlines.Concat(i.Targets).Concat(i.Owners).Concat(i.Programs).Concat(i.Frequencies).All(v => v is not null))
        && doc.Roster.All(r => r is { Role: not null, Name: not null, Post: not null })
        && doc.Warnings.All(w => w is not null);
}
