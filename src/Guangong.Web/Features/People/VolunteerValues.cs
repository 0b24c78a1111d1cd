namespace Guangong.Web.Features.People;

/// <summary>A volunteer's fields once <see cref="VolunteerRules"/> has checked and normalized them.</summary>
public sealed record VolunteerValues(
    string Name,
    Gender Gender,
    string Ethnicity,
    int BirthYear,
    string? Phone,
    string? Category,
    string? FormerUnit,
    string? FormerPost,
    string? PoliticalStatus,
    string? Specialties,
    string? Layer,
    VolunteerStatus Status,
    DateOnly StatusDate,
    long UnitId,
    string? Notes)
{
    /// <summary>
    /// The fields a form or a roster row sets on a volunteer, named as <see cref="VolunteerInput"/> names them: what
    /// <see cref="ApplyTo"/> assigns and what an import compares (the status changes through its own history).
    /// </summary>
    internal static readonly IReadOnlyList<Field> Fields =
    [
        new(nameof(VolunteerInput.Name), v => v.Name, n => n.Name, (v, n) => v.Name = n.Name),
        new(nameof(VolunteerInput.Gender), v => v.Gender, n => n.Gender, (v, n) => v.Gender = n.Gender),
        new(nameof(VolunteerInput.Ethnicity), v => v.Ethnicity, n => n.Ethnicity, (v, n) => v.Ethnicity = n.Ethnicity),
        new(nameof(VolunteerInput.BirthYear), v => v.BirthYear, n => n.BirthYear, (v, n) => v.BirthYear = n.BirthYear),
        new(nameof(VolunteerInput.Phone), v => v.Phone, n => n.Phone, (v, n) => v.Phone = n.Phone),
        new(nameof(VolunteerInput.Category), v => v.Category, n => n.Category, (v, n) => v.Category = n.Category),
        new(nameof(VolunteerInput.Layer), v => v.Layer, n => n.Layer, (v, n) => v.Layer = n.Layer),
        new(nameof(VolunteerInput.PoliticalStatus), v => v.PoliticalStatus, n => n.PoliticalStatus, (v, n) => v.PoliticalStatus = n.PoliticalStatus),
        new(nameof(VolunteerInput.FormerUnit), v => v.FormerUnit, n => n.FormerUnit, (v, n) => v.FormerUnit = n.FormerUnit),
        new(nameof(VolunteerInput.FormerPost), v => v.FormerPost, n => n.FormerPost, (v, n) => v.FormerPost = n.FormerPost),
        new(nameof(VolunteerInput.Specialties), v => v.Specialties, n => n.Specialties, (v, n) => v.Specialties = n.Specialties),
        new(nameof(VolunteerInput.UnitId), v => v.UnitId, n => n.UnitId, (v, n) => v.UnitId = n.UnitId),
        new(nameof(VolunteerInput.Notes), v => v.Notes, n => n.Notes, (v, n) => v.Notes = n.Notes),
    ];

    public void ApplyTo(Volunteer v)
    {
        foreach (var field in Fields)
        {
            field.Set(v, this);
        }
    }

    /// <summary>One field: its name, its value on the record, its value here, and how it is set.</summary>
    internal sealed record Field(string Name, Func<Volunteer, object?> Current, Func<VolunteerValues, object?> Wanted, Action<Volunteer, VolunteerValues> Set);
}
