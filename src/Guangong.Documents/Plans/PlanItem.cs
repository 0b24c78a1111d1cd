namespace Guangong.Documents.Plans;

/// <summary>One task of a section, with suggestions extracted from its text.</summary>
/// <param name="Number">The item's marker as written, normalised: "1", "一是", "（1）", "①", "第一条".</param>
/// <param name="Confidence">How sure the parser is of this split (0–1): numbered lines in sequence are sure, items cut out of running text less so.</param>
public sealed record PlanItem(
    string Number,
    string Text,
    IReadOnlyList<string> Deadlines,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Owners,
    IReadOnlyList<string> Programs,
    double Confidence = 1.0)
{
    /// <summary>How often the item recurs, named one way (每季度, 每月, 每周, 每年两次): a frequency, never a deadline.</summary>
    public IReadOnlyList<string> Frequencies { get; init; } = [];
}
