using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// Where the body content ends, estimated from the grid (22 lines of 28 characters, tables at their
/// row height, page breaks): the page it ends on and the height left below it. The writer cannot
/// ask Word or LibreOffice for their layout, so the record block's placement on an even page rests
/// on this estimate, used only where it is safe: a tight or table-heavy end is treated as uncertain.
/// </summary>
internal static class PageEstimate
{
    /// <summary>The text block's height: 22 grid lines.</summary>
    public const int BlockHeight = 22 * OfficialPage.LinePitch;

    public sealed record Result(int Pages, int UsedOnLastPage, bool HasTables)
    {
        public int Left => BlockHeight - UsedOnLastPage;
    }

    public static Result Of(IEnumerable<OpenXmlElement> content)
    {
        var pages = 1;
        var used = 0;
        var tables = false;
        foreach (var element in content)
        {
            switch (element)
            {
                case Paragraph p when p.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline>().FirstOrDefault() is { } picture:
                    // A picture is not on the grid: count its height, and call the end uncertain as for tables.
                    tables = true;
                    if (used + ImageBlock.HeightTwips(picture) > BlockHeight)
                    {
                        pages++;
                        used = 0;
                    }
                    used += ImageBlock.HeightTwips(picture) + 120;
                    used = (used + OfficialPage.LinePitch - 1) / OfficialPage.LinePitch * OfficialPage.LinePitch;
                    break;
                case Paragraph p when p.Descendants<Drawing>().Any():
                    break;
                case Paragraph p:
                    if (p.ParagraphProperties?.PageBreakBefore is not null && used > 0)
                    {
                        pages++;
                        used = 0;
                    }
                    Add(ref pages, ref used, ParagraphHeight(p));
                    break;
                case Table t:
                    tables = true;
                    foreach (var row in t.Elements<TableRow>())
                    {
                        var height = RowHeight(row);
                        if (used + height > BlockHeight)
                        {
                            pages++;
                            used = 0;
                        }
                        used += height;
                    }
                    // The next paragraph snaps to the grid again.
                    used = (used + OfficialPage.LinePitch - 1) / OfficialPage.LinePitch * OfficialPage.LinePitch;
                    break;
            }
        }
        return new Result(pages, used, tables);
    }

    private static void Add(ref int pages, ref int used, int height)
    {
        used += height;
        while (used > BlockHeight)
        {
            pages++;
            used -= BlockHeight;
        }
    }

    private static int ParagraphHeight(Paragraph p)
    {
        var properties = p.ParagraphProperties;
        var style = properties?.ParagraphStyleId?.Val?.Value;
        var before = int.TryParse(properties?.SpacingBetweenLines?.Before?.Value, out var b) ? b : 0;
        var lineHeight = int.TryParse(properties?.SpacingBetweenLines?.Line?.Value, out var l) ? l : OfficialPage.LinePitch;
        if (style == OfficialStyleIds.Title)
        {
            var titleLines = p.Elements<Run>().Sum(r => Lines(TextWidth.HalfUnits(r.InnerText), OfficialPage.TextWidth / (OfficialPage.TitleCharacter / 2), 0));
            return before + Math.Max(1, titleLines) * lineHeight;
        }
        var indentation = properties?.Indentation;
        var width = OfficialPage.TextWidth - Twips(indentation?.Left) - Twips(indentation?.Right);
        var firstLine = style is OfficialStyleIds.Body or OfficialStyleIds.Heading1 or OfficialStyleIds.Heading2 or OfficialStyleIds.Heading3 or OfficialStyleIds.Heading4
            ? OfficialPage.BodyCharacter * 2
            : Twips(indentation?.FirstLine) - Twips(indentation?.Hanging);
        var perLine = Math.Max(2, width * 2 / OfficialPage.BodyCharacter);
        var firstLineCut = Math.Max(0, firstLine) * 2 / OfficialPage.BodyCharacter;
        var border = properties?.ParagraphBorders?.BottomBorder?.Space?.Value is { } space ? (int)space * 20 : 0;
        return before + Lines(TextWidth.HalfUnits(p.InnerText), perLine, firstLineCut) * lineHeight + border;
    }

    /// <summary>Lines a text of <paramref name="units"/> half-width units takes, at least one.</summary>
    private static int Lines(int units, int perLine, int firstLineCut)
    {
        var rest = units - (perLine - firstLineCut);
        return rest <= 0 ? 1 : 1 + (rest + perLine - 1) / perLine;
    }

    private static int RowHeight(TableRow row)
    {
        var lines = row.Elements<TableCell>().Select(cell =>
        {
            var width = int.TryParse(cell.TableCellProperties?.TableCellWidth?.Width?.Value, out var w) ? w : OfficialPage.TextWidth;
            var perLine = Math.Max(2, width * 2 / OfficialPage.SmallCharacter);
            return cell.Elements<Paragraph>().Sum(p => Lines(TextWidth.HalfUnits(p.InnerText), perLine, 0));
        }).DefaultIfEmpty(1).Max();
        // Table text in 22 pt lines, plus the rules and a little padding.
        return lines * OfficialPage.TableLine + 60;
    }

    private static int Twips(StringValue? value) => int.TryParse(value?.Value, out var t) ? t : 0;
}
