using Guangong.Web.Infrastructure.Text;
using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Features.People.Import;

/// <summary>A volunteer with their unit's name, as the export reads them.</summary>
public sealed record RosterExportSource(Volunteer Volunteer, string UnitName);

/// <summary>A roster line of the export in the template's columns, with its 编号, so that the edited file imports back as updates.</summary>
public static class RosterExport
{
    public static Dictionary<string, object?> Row(Volunteer v, string unitName, bool wholePhone)
    {
        var row = new Dictionary<string, object?>();
        foreach (var c in RosterColumns.All)
        {
            row[c.Header] = c.Field switch
            {
                nameof(VolunteerInput.Name) => v.Name,
                nameof(VolunteerInput.Gender) => EnumText.Of(v.Gender),
                nameof(VolunteerInput.Ethnicity) => v.Ethnicity,
                nameof(VolunteerInput.BirthYear) => v.BirthYear,
                nameof(VolunteerInput.Phone) => wholePhone ? v.Phone : PhoneMask.Mask(v.Phone),
                nameof(VolunteerInput.Category) => v.Category,
                nameof(VolunteerInput.Layer) => v.Layer,
                nameof(VolunteerInput.PoliticalStatus) => v.PoliticalStatus,
                nameof(VolunteerInput.FormerUnit) => v.FormerUnit,
                nameof(VolunteerInput.FormerPost) => v.FormerPost,
                nameof(VolunteerInput.Specialties) => v.Specialties,
                nameof(VolunteerInput.UnitId) => unitName,
                nameof(VolunteerInput.Status) => EnumText.Of(v.Status),
                // A date cell, so the sheet sorts and filters by it; the import reads a date cell back (RosterSpreadsheet.Read).
                nameof(VolunteerInput.StatusDate) => v.StatusDate,
                nameof(VolunteerInput.Notes) => v.Notes,
                RosterColumns.IdField => v.Id,
                _ => null,
            };
        }

        return row;
    }
}
