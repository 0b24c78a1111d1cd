namespace Guangong.Documents.Plans;

/// <summary>A numbered section of the plan (一、二、… or 第一条).</summary>
/// <param name="Number">The section's numeral as written, e.g. "一"; empty when the text had no numbering.</param>
/// <param name="Heading">The heading, without the number and trailing punctuation.</param>
/// <param name="Text">Section body that is not part of any item (e.g. the lead-in before 一是).</param>
public sealed record PlanSection(
    string Number,
    string Heading,
    string Text,
    IReadOnlyList<PlanItem> Items);
