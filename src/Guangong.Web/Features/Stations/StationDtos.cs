using Guangong.Web.Components.Shared;

namespace Guangong.Web.Features.Stations;

// The /api/v1/stations answers. Property names are the JSON names (camelCase on the wire).

public sealed record StationDto(long Id, string Name, long UnitId, string UnitName, string Stage, string StageName, string? Honour, IReadOnlyList<HonourDto> Honours,
    string? CivilizationStation, string? Partners, string? Master, string? Tutors, string? Rooms, string? Equipment, string? OpeningHours, string? Phone,
    DateOnly? LastActivity, bool Inactive, long? AssessmentId, int? Gaps, long Version)
{
    public static StationDto From(StationRow r) => new(r.Station.Id, r.Station.Name, r.Station.UnitId, r.UnitName, r.Station.Stage.ToString(), EnumText.Of(r.Station.Stage), r.Honour,
        r.Station.Honours.OrderBy(h => h.Year).Select(h => new HonourDto(h.Year, h.Title, h.Lost)).ToList(),
        r.Station.CivilizationStation, r.Station.Partners, r.Station.Master, r.Station.Tutors, r.Station.Rooms, r.Station.Equipment, r.Station.OpeningHours, r.Station.Phone,
        r.LastActivity, r.Inactive, r.AssessmentId, r.Gaps, r.Station.Version);
}

public sealed record HonourDto(int Year, string Title, bool Lost);

/// <summary>GET /api/v1/stations/{id}: the station, its activity log and its yearly assessments.</summary>
public sealed record StationDetailDto(StationDto Station, IReadOnlyList<StationActivity> Activities, IReadOnlyList<AssessmentYearDto> Assessments)
{
    public static StationDetailDto From(StationDetail d) => new(
        StationDto.From(new StationRow(d.Station, d.Station.Unit!.Name, d.LastActivity, d.Inactive, StationDirectory.CurrentHonour(d.Station), null, null, null)),
        d.Log,
        [.. d.History.Years.Select(AssessmentYearDto.From)]);
}

public sealed record AssessmentYearDto(long Id, int Year, string Status, decimal Total, string? Level, int MaxTotal, Dictionary<string, decimal> Groups)
{
    public static AssessmentYearDto From(Assessments.HistoryYear y) => new(y.Id, y.Year, y.Status.ToString(), y.Total, y.Level, y.MaxTotal, y.Groups);
}

/// <summary>A station just saved: its id, name, stage and new version.</summary>
public sealed record SavedStationDto(long Id, string Name, string Stage, long Version)
{
    public static SavedStationDto From(Station s) => new(s.Id, s.Name, s.Stage.ToString(), s.Version);
}

public sealed record SavedHonourDto(long Id, int Year, string Title)
{
    public static SavedHonourDto From(StationHonour h) => new(h.Id, h.Year, h.Title);
}
