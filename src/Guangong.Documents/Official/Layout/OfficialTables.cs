using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>Table parts shared by the roster, the record block and the certificate's activity list.</summary>
internal static class OfficialTables
{
    public static TableBorders NoBorders() => new(
        new TopBorder { Val = BorderValues.Nil },
        new LeftBorder { Val = BorderValues.Nil },
        new BottomBorder { Val = BorderValues.Nil },
        new RightBorder { Val = BorderValues.Nil },
        new InsideHorizontalBorder { Val = BorderValues.Nil },
        new InsideVerticalBorder { Val = BorderValues.Nil });

    /// <summary>Thin single lines all round, for a table a reader fills in with the eye.</summary>
    public static TableBorders Grid() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4 },
        new LeftBorder { Val = BorderValues.Single, Size = 4 },
        new BottomBorder { Val = BorderValues.Single, Size = 4 },
        new RightBorder { Val = BorderValues.Single, Size = 4 },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });

    /// <summary>No left or right cell padding, so text in a cell lines up with the text block.</summary>
    public static TableCellMarginDefault NoCellMargins() => new(
        new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
        new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa });

    public static TableCell Cell(int width, string text, JustificationValues alignment, string styleId = OfficialStyleIds.Normal, int span = 1)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Measure.Text(width), Type = TableWidthUnitValues.Dxa },
        };
        if (span > 1)
        {
            properties.GridSpan = new GridSpan { Val = span };
        }
        var paragraphProperties = OfficialParagraphs.Properties(styleId);
        paragraphProperties.Justification = new Justification { Val = alignment };
        // A cell's lines ("焦溪小学\n二年级4班") are broken where the caller broke them.
        var paragraph = new Paragraph(paragraphProperties);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = OfficialParagraphs.TextRun(lines[i].Trim());
            if (i > 0)
            {
                run.PrependChild(new Break());
            }

            paragraph.Append(run);
        }

        return new TableCell(properties, paragraph);
    }
}
