namespace Guangong.Documents.Plans;

/// <summary>
/// A town committee's annual work plan as parsed from text. Everything is a suggestion:
/// the officer reviews it before it is imported, so the parser prefers keeping text over dropping it.
/// </summary>
public sealed record PlanDocument(
    string? Title,
    string? Issuer,
    DateOnly? Date,
    string? Preamble,
    IReadOnlyList<PlanSection> Sections,
    IReadOnlyList<RosterMember> Roster,
    IReadOnlyList<string> Warnings);
