using System.Globalization;

namespace Guangong.Web.Features.Stations;

public sealed class StationInput
{
    public string? UnitId { get; set; }

    public string? Name { get; set; }

    public string? Stage { get; set; }

    public string? CivilizationStation { get; set; }

    public string? Partners { get; set; }

    public string? Master { get; set; }

    /// <summary>Tutors not on the roster, typed by name (the form); through the API the whole list of names.</summary>
    public string? Tutors { get; set; }

    /// <summary>Ids of roster volunteers ticked as tutors (the form's "tutors" boxes); null through the API.</summary>
    public List<string>? RosterTutors { get; set; }

    public string? Rooms { get; set; }

    public string? Equipment { get; set; }

    public string? OpeningHours { get; set; }

    public string? Phone { get; set; }

    public long Version { get; set; }

    public static StationInput From(Station s) => new()
    {
        UnitId = s.UnitId.ToString(CultureInfo.InvariantCulture),
        Name = s.Name,
        Stage = s.Stage.ToString(),
        CivilizationStation = s.CivilizationStation,
        Partners = s.Partners,
        Master = s.Master,
        Tutors = s.Tutors,
        Rooms = s.Rooms,
        Equipment = s.Equipment,
        OpeningHours = s.OpeningHours,
        Phone = s.Phone,
        Version = s.Version,
    };
}

public sealed class HonourInput
{
    public string? Year { get; set; }

    public string? Title { get; set; }
}
