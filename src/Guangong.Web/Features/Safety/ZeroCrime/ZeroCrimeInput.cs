namespace Guangong.Web.Features.Safety.ZeroCrime;

public sealed class ZeroCrimeInput
{
    public string? UnitId { get; set; }

    public string? Year { get; set; }

    public string? State { get; set; }

    public string? Offences { get; set; }

    public string? Source { get; set; }

    public string? ReceivedOn { get; set; }

    public string? Note { get; set; }

    public long Version { get; set; }
}
