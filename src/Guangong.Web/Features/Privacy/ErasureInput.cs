namespace Guangong.Web.Features.Privacy;

/// <summary>The erasure form and API body: why (本人申请, 家属申请 …) and the version the page was shown with.</summary>
public sealed class ErasureInput
{
    public const int ReasonMaxLength = 200;

    public string? Reason { get; set; }

    public string? Version { get; set; }
}
