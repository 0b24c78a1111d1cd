namespace Guangong.Documents.Plans;

/// <summary>
/// A town committee's annual work plan as parsed from text. Everything is a suggestion:
/// the officer reviews it before it is imported, so the parser prefers keeping text over dropping it.
/// </summary>
/// <param name="Kind">What the document is: promises (plan), results (summary) or rules.</param>
/// <param name="IssuedByNotice">True when a cover notice (关于印发…的通知) wrapped the document.</param>
/// <param name="Figures">For a summary: the figures it reports ("举办讲座12场"); empty otherwise.</param>
public sealed record PlanDocument(
    string? Title,
    string? Issuer,
    DateOnly? Date,
    string? Preamble,
    IReadOnlyList<PlanSection> Sections,
    IReadOnlyList<RosterMember> Roster,
    IReadOnlyList<string> Warnings,
    PlanDocumentKind Kind = PlanDocumentKind.Unknown,
    bool IssuedByNotice = false,
    IReadOnlyList<SummaryFigure>? Figures = null)
{
    /// <summary>The summary's figures; never null.</summary>
    public IReadOnlyList<SummaryFigure> Figures { get; init; } = Figures ?? [];
}
