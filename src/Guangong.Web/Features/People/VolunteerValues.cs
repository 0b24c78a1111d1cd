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
    public void ApplyTo(Volunteer v)
    {
        v.Name = Name;
        v.Gender = Gender;
        v.Ethnicity = Ethnicity;
        v.BirthYear = BirthYear;
        v.Phone = Phone;
        v.Category = Category;
        v.FormerUnit = FormerUnit;
        v.FormerPost = FormerPost;
        v.PoliticalStatus = PoliticalStatus;
        v.Specialties = Specialties;
        v.Layer = Layer;
        v.UnitId = UnitId;
        v.Notes = Notes;
    }
}
