using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// The attachment note (附件说明): one blank line under the text, "附件：" two characters in, several
/// names numbered "1." and aligned under the first, a wrapped name aligned with its own first
/// character; no punctuation after the names.
/// </summary>
internal static class AttachmentNote
{
    private static readonly int LabelStart = Measure.BodyTwips(4);
    private static readonly int NameStart = Measure.BodyTwips(4 + TextWidth.HalfUnits("附件："));

    public static IEnumerable<Paragraph> Create(IReadOnlyList<string> attachments)
    {
        var names = attachments.Select(a => XmlSafeText.Clean(a).Trim().TrimEnd('。', '；', '，', '.', ';', ',')).Where(a => a.Length > 0).ToList();
        if (names.Count == 0)
        {
            yield break;
        }
        yield return OfficialParagraphs.Blank();
        if (names.Count == 1)
        {
            yield return Line("附件：" + names[0], NameStart, NameStart - LabelStart);
            yield break;
        }
        for (var i = 0; i < names.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture) + ".";
            var numberWidth = Measure.BodyTwips(TextWidth.HalfUnits(number));
            var hanging = numberWidth + (i == 0 ? NameStart - LabelStart : 0);
            yield return Line((i == 0 ? "附件：" : string.Empty) + number + names[i], NameStart + numberWidth, hanging);
        }
    }

    private static Paragraph Line(string text, int left, int hanging) =>
        new(
            new ParagraphProperties
            {
                Indentation = new Indentation { Left = Measure.Text(left), Hanging = Measure.Text(hanging) },
            },
            OfficialParagraphs.TextRun(text));
}
