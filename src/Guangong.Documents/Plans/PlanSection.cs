namespace Guangong.Documents.Plans;

/// <summary>A numbered section of the plan (一、二、…, 第一条, or 第一章 / 第一节 of a rules document).</summary>
/// <param name="Number">The section's numeral as written, e.g. "一", "第一章"; empty when the text had no numbering.</param>
/// <param name="Heading">The heading, without the number and trailing punctuation.</param>
/// <param name="Text">Section body that is not part of any item (e.g. the lead-in before 一是).</param>
/// <param name="Confidence">How sure the parser is that this is a section of its own (0–1); the import editor shows the doubtful ones first.</param>
/// <param name="Level">1 for a section or chapter, 2 for a 节 inside a chapter.</param>
public sealed record PlanSection(
    string Number,
    string Heading,
    string Text,
    IReadOnlyList<PlanItem> Items,
    double Confidence = 1.0,
    int Level = 1);
