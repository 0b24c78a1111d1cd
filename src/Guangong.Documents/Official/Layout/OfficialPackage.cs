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
    /// <param name="letter">信函 (GB/T 9704 10.1): the first page shows no page number, and a red double
    /// rule (thin over thick) runs across its foot.</param>
    /// <param name="evenPageTail">Content of a last section that starts on the next even page (the
    /// record block of a document printed on both sides whose body does not end on an even page with
    /// room for it); Word and LibreOffice insert a blank page when the body ends on an even page.</param>
    /// <param name="tailNumbered">False when a blank page will stand before the tail: the blank page and
    /// the record page then carry no page number (GB/T 9704 7.5).</param>
    public static void Write(Stream output, string title, IEnumerable<OpenXmlElement> content, bool letter = false,
        IReadOnlyList<OpenXmlElement>? evenPageTail = null, bool tailNumbered = true, bool numbered = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = OfficialStyles.Create();
            main.AddNewPart<FontTablePart>().Fonts = OfficialFontTable.Create();
            main.AddNewPart<DocumentSettingsPart>().Settings = Settings();
            // A set of certificates, each a page of its own, carries no page numbers ("— 28 —" on a certificate).
            var (odd, even) = numbered ? PageNumberFooters.Add(main) : PageNumberFooters.AddEmpty(main);
            var first = letter ? PageNumberFooters.AddLetterFirstPage(main) : null;

            var body = new Body();
            body.Append(content);
            // Word wants a paragraph last; after a table it would add one itself.
            if (body.LastChild is not Paragraph)
            {
                body.Append(new Paragraph());
            }
            if (evenPageTail is { Count: > 0 })
            {
                // The body's section ends with its last paragraph (a new empty one could spill onto a page of its own).
                if (body.LastChild is not Paragraph last)
                {
                    last = body.AppendChild(new Paragraph());
                }
                (last.ParagraphProperties ??= new ParagraphProperties()).SectionProperties = Section(odd, even, first);
                body.Append(evenPageTail);
                if (body.LastChild is not Paragraph)
                {
                    body.Append(new Paragraph());
                }
                var (tailOdd, tailEven) = tailNumbered ? (odd, even) : PageNumberFooters.AddEmpty(main);
                var tail = Section(tailOdd, tailEven);
                tail.InsertAfter(new SectionType { Val = SectionMarkValues.EvenPage }, tail.Elements<FooterReference>().Last());
                body.Append(tail);
            }
            else
            {
                body.Append(Section(odd, even, first));
            }
            ImageBlock.Embed(main, body);
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

    private static SectionProperties Section(string oddFooter, string evenFooter, string? firstFooter)
    {
        var section = Section(oddFooter, evenFooter);
        if (firstFooter is not null)
        {
            section.InsertAfter(new FooterReference { Type = HeaderFooterValues.First, Id = firstFooter }, section.Elements<FooterReference>().Last());
            section.InsertAfter(new TitlePage(), section.GetFirstChild<DocGrid>()!.PreviousSibling<PageMargin>()!);
        }
        return section;
    }

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
