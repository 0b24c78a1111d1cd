namespace Guangong.Documents.Plans;

/// <summary>A figure a summary reports: "受教育学生3000余人次" → (受教育学生, 3000, 人次, approximate).</summary>
/// <param name="Indicator">What was counted, as the text words it: 举办讲座, 受教育学生.</param>
/// <param name="Number">The value; "1.2万" reads as 12000.</param>
/// <param name="Approximate">True for 余, 多, 近, 约, 左右, 以上, 超过.</param>
/// <param name="Sentence">The sentence the figure stands in, so the officer can see it in context.</param>
public sealed record SummaryFigure(string Indicator, decimal Number, string Unit, bool Approximate, string Sentence);
