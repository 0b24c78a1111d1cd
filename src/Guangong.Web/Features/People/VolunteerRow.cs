namespace Guangong.Web.Features.People;

public sealed record VolunteerRow(
    long Id,
    string Name,
    Gender Gender,
    int BirthYear,
    string? Phone,
    string? Category,
    string? Layer,
    VolunteerStatus Status,
    string? Specialties,
    long UnitId,
    string UnitName,
    string UnitPath);
