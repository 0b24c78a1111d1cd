using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// "— 1 —" page numbers: odd pages on the right and even pages on the left, one character in from
/// the edge, so that numbers sit on the outside of a double-sided printout.
/// </summary>
internal static class PageNumberFooters
{
    /// <summary>One 4号 character, the inset from the text block's edge.</summary>
    private const int Inset = OfficialPage.SmallSize * 10;

    /// <summary>Adds the two footers; returns their relationship ids (odd/default first).</summary>
    public static (string Odd, string Even) Add(MainDocumentPart main)
    {
        var odd = main.AddNewPart<FooterPart>();
        odd.Footer = new Footer(PageNumber(JustificationValues.Right, new Indentation { Right = Measure.Text(Inset) }));
        var even = main.AddNewPart<FooterPart>();
        even.Footer = new Footer(PageNumber(JustificationValues.Left, new Indentation { Left = Measure.Text(Inset) }));
        return (main.GetIdOfPart(odd), main.GetIdOfPart(even));
    }

    /// <summary>Two footers without a page number, for a blank page and the record page after it.</summary>
    public static (string Odd, string Even) AddEmpty(MainDocumentPart main)
    {
        var odd = main.AddNewPart<FooterPart>();
        odd.Footer = new Footer(new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = OfficialStyleIds.PageNumber } }));
        var even = main.AddNewPart<FooterPart>();
        even.Footer = new Footer(new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = OfficialStyleIds.PageNumber } }));
        return (main.GetIdOfPart(odd), main.GetIdOfPart(even));
    }

    /// <summary>
    /// The 信函 first page's footer: no page number (GB/T 9704 10.1); the red foot rule is placed
    /// on the paper from the head (<see cref="DocumentHead"/>).
    /// </summary>
    public static string AddLetterFirstPage(MainDocumentPart main)
    {
        var first = main.AddNewPart<FooterPart>();
        first.Footer = new Footer(new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = OfficialStyleIds.PageNumber } }));
        return main.GetIdOfPart(first);
    }

    private static Paragraph PageNumber(JustificationValues side, Indentation inset) => new(
        new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = OfficialStyleIds.PageNumber },
            Indentation = inset,
            Justification = new Justification { Val = side },
        },
        Text("— "),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        Text("1"),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        Text(" —"));

    private static Run Text(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
