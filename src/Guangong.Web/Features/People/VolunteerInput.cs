namespace Guangong.Web.Features.People;

/// <summary>
/// A volunteer as typed into the form, an imported spreadsheet row or an API call: all text, so that
/// every bad value gets the same Chinese message from <see cref="VolunteerRules"/>, wherever it came from.
/// </summary>
public sealed class VolunteerInput
{
    public string? Name { get; set; }

    public string? Gender { get; set; }

    public string? Ethnicity { get; set; } = "汉族";

    public string? BirthYear { get; set; }

    public string? Phone { get; set; }

    public string? Category { get; set; }

    public string? FormerUnit { get; set; }

    public string? FormerPost { get; set; }

    public string? PoliticalStatus { get; set; }

    public string? Specialties { get; set; }

    public string? Layer { get; set; }

    /// <summary>Only when adding; later changes go through the status form, which keeps the history.</summary>
    public string? Status { get; set; } = nameof(VolunteerStatus.Active);

    public string? StatusDate { get; set; }

    public string? UnitId { get; set; }

    public string? Notes { get; set; }

    public long Version { get; set; }

    /// <summary>Another input with the same text (every property is a string or a number).</summary>
    public VolunteerInput Copy() => (VolunteerInput)MemberwiseClone();

    public static VolunteerInput From(Volunteer v) => new()
    {
        Name = v.Name,
        Gender = v.Gender.ToString(),
        Ethnicity = v.Ethnicity,
        BirthYear = v.BirthYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Phone = v.Phone,
        Category = v.Category,
        FormerUnit = v.FormerUnit,
        FormerPost = v.FormerPost,
        PoliticalStatus = v.PoliticalStatus,
        Specialties = v.Specialties,
        Layer = v.Layer,
        Status = v.Status.ToString(),
        StatusDate = Infrastructure.Time.DateText.Iso(v.StatusDate),
        UnitId = v.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Notes = v.Notes,
        Version = v.Version,
    };
}
