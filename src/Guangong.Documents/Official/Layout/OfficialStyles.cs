using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// The style sheet: fonts and sizes live in styles rather than on every run, so an officer who edits
/// the .docx in Word gets the right face when typing a new paragraph.
/// </summary>
internal static class OfficialStyles
{
    public static Styles Create() => new(
        Defaults(),
        Paragraph(OfficialStyleIds.Normal, "Normal", basedOn: null, isDefault: true,
            // No punctuation hanging past the block's edge: Word and LibreOffice both allow it by default,
            // and LibreOffice reads the switch from a style, not from the document defaults.
            new StyleParagraphProperties { OverflowPunctuation = new OverflowPunctuation { Val = false }, Justification = new Justification { Val = JustificationValues.Both } }),
        Paragraph(OfficialStyleIds.Body, "公文正文", OfficialStyleIds.Normal, isDefault: false,
            new StyleParagraphProperties { Indentation = new Indentation { FirstLine = Measure.Text(OfficialPage.BodyCharacter * 2) } }),
        Paragraph(OfficialStyleIds.Title, "Title", OfficialStyleIds.Normal, isDefault: false,
            // Off the grid: LibreOffice would put each 22 pt title line on two grid lines.
            new StyleParagraphProperties { SnapToGrid = new SnapToGrid { Val = false }, Justification = new Justification { Val = JustificationValues.Center } },
            new StyleRunProperties { RunFonts = EastAsia(OfficialFonts.Title), FontSize = Size(OfficialPage.TitleSize), FontSizeComplexScript = SizeCs(OfficialPage.TitleSize) }),
        Heading(OfficialStyleIds.Heading1, "heading 1", 0, OfficialFonts.Heading1),
        Heading(OfficialStyleIds.Heading2, "heading 2", 1, OfficialFonts.Heading2),
        Heading(OfficialStyleIds.Heading3, "heading 3", 2, font: null),
        Heading(OfficialStyleIds.Heading4, "heading 4", 3, font: null),
        Paragraph(OfficialStyleIds.Recipients, "主送机关", OfficialStyleIds.Normal, isDefault: false, new StyleParagraphProperties()),
        Paragraph(OfficialStyleIds.AppendixLabel, "附件标识", OfficialStyleIds.Normal, isDefault: false,
            new StyleParagraphProperties { Justification = new Justification { Val = JustificationValues.Left } },
            new StyleRunProperties { RunFonts = EastAsia(OfficialFonts.Heading1) }),
        Paragraph(OfficialStyleIds.PageNumber, "footer", OfficialStyleIds.Normal, isDefault: false,
            new StyleParagraphProperties
            {
                SnapToGrid = new SnapToGrid { Val = false },
                SpacingBetweenLines = Exact(OfficialPage.FooterLine),
            },
            new StyleRunProperties
            {
                RunFonts = new RunFonts { Ascii = OfficialFonts.PageNumber, HighAnsi = OfficialFonts.PageNumber, EastAsia = OfficialFonts.PageNumber, ComplexScript = OfficialFonts.PageNumber },
                Spacing = new Spacing { Val = 0 },
                FontSize = Size(OfficialPage.SmallSize),
                FontSizeComplexScript = SizeCs(OfficialPage.SmallSize),
            }),
        Paragraph(OfficialStyleIds.Record, "版记", OfficialStyleIds.Normal, isDefault: false,
            new StyleParagraphProperties { Justification = new Justification { Val = JustificationValues.Left } },
            new StyleRunProperties { FontSize = Size(OfficialPage.SmallSize), FontSizeComplexScript = SizeCs(OfficialPage.SmallSize) }),
        Paragraph(OfficialStyleIds.TableText, "表格文字", OfficialStyleIds.Normal, isDefault: false,
            new StyleParagraphProperties
            {
                SnapToGrid = new SnapToGrid { Val = false },
                SpacingBetweenLines = Exact(OfficialPage.TableLine),
                Justification = new Justification { Val = JustificationValues.Center },
            },
            new StyleRunProperties { FontSize = Size(OfficialPage.SmallSize), FontSizeComplexScript = SizeCs(OfficialPage.SmallSize) }),
        Paragraph(OfficialStyleIds.TableHeader, "表头", OfficialStyleIds.TableText, isDefault: false,
            new StyleParagraphProperties(),
            new StyleRunProperties { RunFonts = EastAsia(OfficialFonts.Heading1) }));

    public static SpacingBetweenLines Exact(int twips) =>
        new() { Before = "0", After = "0", Line = Measure.Text(twips), LineRule = LineSpacingRuleValues.Exact };

    private static DocDefaults Defaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle
        {
            RunFonts = new RunFonts
            {
                Ascii = OfficialFonts.Latin,
                HighAnsi = OfficialFonts.Latin,
                EastAsia = OfficialFonts.Body,
                ComplexScript = OfficialFonts.Latin,
                Hint = FontTypeHintValues.EastAsia,
            },
            Spacing = new Spacing { Val = OfficialPage.CharacterSpacing },
            Kern = new Kern { Val = 0 },
            FontSize = Size(OfficialPage.BodySize),
            FontSizeComplexScript = SizeCs(OfficialPage.BodySize),
            Languages = new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" },
        }),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
        {
            // A widow or orphan rule would leave pages short of their 22 lines.
            WidowControl = new WidowControl { Val = false },
            SpacingBetweenLines = Exact(OfficialPage.LinePitch),
        }));

    private static Style Heading(string id, string name, int outlineLevel, string? font)
    {
        var run = font is null ? null : new StyleRunProperties { RunFonts = EastAsia(font) };
        return Paragraph(id, name, OfficialStyleIds.Body, isDefault: false,
            new StyleParagraphProperties { KeepNext = new KeepNext(), OutlineLevel = new OutlineLevel { Val = outlineLevel } },
            run);
    }

    private static Style Paragraph(string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties paragraph, StyleRunProperties? run = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        style.StyleName = new StyleName { Val = name };
        if (basedOn is not null)
        {
            style.BasedOn = new BasedOn { Val = basedOn };
        }
        style.PrimaryStyle = new PrimaryStyle();
        style.StyleParagraphProperties = paragraph;
        if (run is not null)
        {
            style.StyleRunProperties = run;
        }
        return style;
    }

    private static RunFonts EastAsia(string font) => new() { EastAsia = font, Hint = FontTypeHintValues.EastAsia };

    private static FontSize Size(int halfPoints) => new() { Val = Measure.Text(halfPoints) };

    private static FontSizeComplexScript SizeCs(int halfPoints) => new() { Val = Measure.Text(halfPoints) };
}
