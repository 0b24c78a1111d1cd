using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// Assembles a .docx around body content: styles, fonts, settings, page-number footers and the
/// GB/T 9704 page. The package is built in memory and then copied, so the caller's stream may be
/// write-only (an HTTP response) and is never left half-written by a failure.
/// </summary>
internal static class OfficialPackage
{
    public static void Write(Stream output, string title, IEnumerable<OpenXmlElement> content)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = OfficialStyles.Create();
            main.AddNewPart<FontTablePart>().Fonts = OfficialFontTable.Create();
            main.AddNewPart<DocumentSettingsPart>().Settings = Settings();
            var (odd, even) = PageNumberFooters.Add(main);

            var body = new Body();
            body.Append(content);
            // Word wants a paragraph last; after a table it would add one itself.
            if (body.LastChild is not Paragraph)
            {
                body.Append(new Paragraph());
            }
            body.Append(Section(odd, even));
            main.Document = new Document(body);
            document.PackageProperties.Title = XmlSafeText.Clean(title);
            document.PackageProperties.Language = "zh-CN";
            PackageHygiene.AddAppProperties(document);
        }
        PackageHygiene.MakeTargetsRelative(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Settings Settings() => new(
        new DefaultTabStop { Val = 420 },
        new EvenAndOddHeaders(),
        new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));

    private static SectionProperties Section(string oddFooter, string evenFooter) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = oddFooter },
        new FooterReference { Type = HeaderFooterValues.Even, Id = evenFooter },
        new PageSize { Width = OfficialPage.Width, Height = OfficialPage.Height },
        new PageMargin
        {
            Top = OfficialPage.MarginTop,
            Right = OfficialPage.MarginRight,
            Bottom = OfficialPage.MarginBottom,
            Left = OfficialPage.MarginLeft,
            Header = OfficialPage.HeaderDistance,
            Footer = OfficialPage.FooterDistance,
            Gutter = 0,
        },
        new DocGrid { Type = DocGridValues.Lines, LinePitch = OfficialPage.LinePitch });
}
