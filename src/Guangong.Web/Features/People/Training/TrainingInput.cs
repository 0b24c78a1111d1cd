namespace Guangong.Web.Features.People.Training;

/// <summary>A training session as typed into the form or sent to the API (all text; checked by <see cref="TrainingRecords"/>).</summary>
public sealed class TrainingInput
{
    public string? Topic { get; set; }

    public string? Kind { get; set; } = TrainingKinds.Training;

    public string? Date { get; set; }

    /// <summary>线上 or 线下.</summary>
    public string? Mode { get; set; } = "线下";

    public string? Hours { get; set; }

    public string? Speaker { get; set; }

    public string? Place { get; set; }

    public string? UnitId { get; set; }

    public string? Summary { get; set; }

    public long Version { get; set; }

    public static TrainingInput From(TrainingSession s) => new()
    {
        Topic = s.Topic,
        Kind = s.Kind,
        Date = Infrastructure.Time.DateText.Iso(s.Date),
        Mode = s.Online ? "线上" : "线下",
        Hours = s.Hours.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture),
        Speaker = s.Speaker,
        Place = s.Place,
        UnitId = s.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Summary = s.Summary,
        Version = s.Version,
    };
}
