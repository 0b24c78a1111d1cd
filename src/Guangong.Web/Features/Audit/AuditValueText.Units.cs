using System.Globalization;

namespace Guangong.Web.Features.Audit;

public static partial class AuditValueText
{
    /// <summary>The unit ids an entry names (its unit, and its unit fields' old and new values), to look their names up.</summary>
    public static IEnumerable<long> UnitIds(AuditEntry entry)
    {
        if (entry.UnitId is { } unit)
        {
            yield return unit;
        }

        foreach (var (field, old, now) in Fields(entry.Changes))
        {
            foreach (var value in new[] { old, now })
            {
                string[] ids = value is null ? []
                    : field is not null && UnitFields.Contains(field) ? [value]
                    : field == "ParticipatingUnitIds" ? value.Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
                foreach (var text in ids)
                {
                    if (long.TryParse(text, CultureInfo.InvariantCulture, out var id))
                    {
                        yield return id;
                    }
                }
            }
        }
    }
}
