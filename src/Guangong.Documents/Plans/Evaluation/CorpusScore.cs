using System.Globalization;
using System.Text;

namespace Guangong.Documents.Plans.Evaluation;

/// <summary>The scores over a folder of documents: recall and precision as fractions (1 when nothing was expected).</summary>
public sealed record CorpusScore(IReadOnlyList<DocumentScore> Documents)
{
    public int Crashes => Documents.Count(d => d.Crashed);

    public double HeadingRecall => Ratio(Documents.Sum(d => d.HeadingsFound), Documents.Sum(d => d.HeadingsExpected));

    public double HeadingPrecision => Ratio(Documents.Sum(d => d.HeadingsCorrect), Documents.Sum(d => d.HeadingsParsed));

    public double ItemRecall => Ratio(Documents.Sum(d => d.ItemsFound), Documents.Sum(d => d.ItemsExpected));

    public double RosterRecall => Ratio(Documents.Sum(d => d.RosterFound), Documents.Sum(d => d.RosterExpected));

    public double FigureRecall => Ratio(Documents.Sum(d => d.FiguresFound), Documents.Sum(d => d.FiguresExpected));

    public double KindAccuracy => Ratio(Documents.Count(d => d.KindCorrect == true), Documents.Count(d => d.KindCorrect is not null));

    /// <summary>The report the <c>plan eval</c> command prints: totals first, then each document's misses.</summary>
    public string Format(bool withMisses = true)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"documents         {Documents.Count}");
        text.AppendLine(CultureInfo.InvariantCulture, $"crashes           {Crashes}");
        Line(text, "heading recall", HeadingRecall, Documents.Sum(d => d.HeadingsFound), Documents.Sum(d => d.HeadingsExpected));
        Line(text, "heading precision", HeadingPrecision, Documents.Sum(d => d.HeadingsCorrect), Documents.Sum(d => d.HeadingsParsed));
        Line(text, "item recall", ItemRecall, Documents.Sum(d => d.ItemsFound), Documents.Sum(d => d.ItemsExpected));
        Line(text, "roster recall", RosterRecall, Documents.Sum(d => d.RosterFound), Documents.Sum(d => d.RosterExpected));
        Line(text, "figure recall", FigureRecall, Documents.Sum(d => d.FiguresFound), Documents.Sum(d => d.FiguresExpected));
        Line(text, "kind accuracy", KindAccuracy, Documents.Count(d => d.KindCorrect == true), Documents.Count(d => d.KindCorrect is not null));
        if (withMisses)
        {
            foreach (var document in Documents.Where(d => d.Crashed || d.Misses.Count > 0))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"-- {document.Name}{(document.Crashed ? " CRASHED" : string.Empty)}");
                foreach (var miss in document.Misses)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"   {miss}");
                }
            }
        }
        return text.ToString();
    }

    private static void Line(StringBuilder text, string label, double value, int hit, int total) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"{label,-18}{value * 100,6:0.0}%  ({hit}/{total})");

    private static double Ratio(int hit, int total) => total == 0 ? 1 : (double)hit / total;
}
