using Guangong.Web.Infrastructure.Text;
using Guangong.Web.Components.Shared;

namespace Guangong.Web.Features.People;

/// <summary>A volunteer in the JSON API. Lists mask the phone; the detail of one volunteer shows it.</summary>
public sealed record VolunteerDto(
    long Id,
    string Name,
    string Gender,
    string Ethnicity,
    int BirthYear,
    int Age,
    string? Phone,
    string? Category,
    string? Layer,
    string? PoliticalStatus,
    string? FormerUnit,
    string? FormerPost,
    IReadOnlyList<string> Specialties,
    string Status,
    string StatusName,
    DateOnly? StatusDate,
    long UnitId,
    string? UnitName,
    long Version)
{
    public static VolunteerDto From(VolunteerRow v, int year) => new(
        v.Id, v.Name, EnumText.Of(v.Gender), string.Empty, v.BirthYear, year - v.BirthYear, PhoneMask.Mask(v.Phone), v.Category, v.Layer,
        null, null, null, SpecialtyText.Split(v.Specialties), v.Status.ToString(), EnumText.Of(v.Status), null, v.UnitId, v.UnitName, 0);

    public static VolunteerDto From(Volunteer v, string unitName, int year) => new(
        v.Id, v.Name, EnumText.Of(v.Gender), v.Ethnicity, v.BirthYear, year - v.BirthYear, v.Phone, v.Category, v.Layer,
        v.PoliticalStatus, v.FormerUnit, v.FormerPost, SpecialtyText.Split(v.Specialties), v.Status.ToString(), EnumText.Of(v.Status), v.StatusDate, v.UnitId, unitName, v.Version);
}

/// <summary>A visit just recorded.</summary>
public sealed record VisitDto(long Id, long VolunteerId, DateOnly Date, string VisitedBy, string Health, string? Needs, string? FollowUp)
{
    public static VisitDto From(VolunteerVisit v) => new(v.Id, v.VolunteerId, v.Date, v.VisitedBy, v.Health, v.Needs, v.FollowUp);
}
