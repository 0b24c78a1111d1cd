namespace Guangong.Web.Features.Committees;

public sealed class CorrespondentInput
{
    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? UnitId { get; set; }

    public string? Grid { get; set; }

    public string? FromDate { get; set; }

    public string? ToDate { get; set; }

    public long Version { get; set; }

    public static CorrespondentInput From(Correspondent c) => new()
    {
        Name = c.Name,
        Phone = c.Phone,
        UnitId = c.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Grid = c.Grid,
        FromDate = Infrastructure.Time.DateText.Iso(c.FromDate),
        ToDate = Infrastructure.Time.DateText.Iso(c.ToDate),
        Version = c.Version,
    };
}
