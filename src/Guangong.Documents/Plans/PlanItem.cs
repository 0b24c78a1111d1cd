namespace Guangong.Documents.Plans;

/// <summary>One task of a section, with suggestions extracted from its text.</summary>
/// <param name="Number">The item's marker as written, normalised: "1", "一是", "（1）", "①".</param>
public sealed record PlanItem(
    string Number,
    string Text,
    IReadOnlyList<string> Deadlines,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Owners,
    IReadOnlyList<string> Programs);
