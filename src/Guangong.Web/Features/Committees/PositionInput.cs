namespace Guangong.Web.Features.Committees;

/// <summary>A seat as typed into the form or sent to the API; all text, checked by <see cref="PositionCommands"/>.</summary>
public sealed class PositionInput
{
    public string? Role { get; set; }

    public string? PersonName { get; set; }

    public string? VolunteerId { get; set; }

    public bool IsFiveElder { get; set; }

    public string? PostElsewhere { get; set; }

    public string? Phone { get; set; }

    public string? TermStart { get; set; }

    public string? TermEnd { get; set; }

    public string? SortOrder { get; set; } = "0";

    public long Version { get; set; }

    public static PositionInput From(LeadershipPosition p) => new()
    {
        Role = p.Role,
        PersonName = p.PersonName,
        VolunteerId = p.VolunteerId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        IsFiveElder = p.IsFiveElder,
        PostElsewhere = p.PostElsewhere,
        Phone = p.Phone,
        TermStart = Infrastructure.Time.DateText.Iso(p.TermStart),
        TermEnd = Infrastructure.Time.DateText.Iso(p.TermEnd),
        SortOrder = p.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Version = p.Version,
    };
}
