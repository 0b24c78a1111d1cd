using System.Globalization;
using DocumentFormat.OpenXml;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// Attachments on pages of their own (GB/T 9704 8): "附件" (or "附件2") in 黑体 on the first line at
/// the left, the attachment's title centred on the third line, then its content.
/// </summary>
internal static class AppendixPages
{
    public static IEnumerable<OpenXmlElement> Render(IReadOnlyList<OfficialAppendix> appendices)
    {
        for (var i = 0; i < appendices.Count; i++)
        {
            var appendix = appendices[i];
            var label = appendices.Count == 1 ? "附件" : "附件" + (i + 1).ToString(CultureInfo.InvariantCulture);
            yield return OfficialParagraphs.Styled(OfficialStyleIds.AppendixLabel, label, pageBreakBefore: true);
            yield return OfficialParagraphs.Blank();
            if (!string.IsNullOrWhiteSpace(appendix.Title))
            {
                yield return OfficialParagraphs.Title(appendix.Title);
                yield return OfficialParagraphs.Blank();
            }
            foreach (var element in BlockRenderer.Render(appendix.Blocks ?? []))
            {
                yield return element;
            }
        }
    }
}
