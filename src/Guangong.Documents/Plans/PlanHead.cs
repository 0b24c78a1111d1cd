namespace Guangong.Documents.Plans;

/// <summary>What precedes the plan body: title, and issuer/date when a cover notice carries them.</summary>
/// <param name="BodyStart">Index of the first line after the title (or after the notice).</param>
/// <param name="CoverNotice">True when a notice (关于印发…的通知) wrapped the plan.</param>
internal sealed record PlanHead(string? Title, string? Issuer, DateOnly? Date, int BodyStart, bool CoverNotice = false);
