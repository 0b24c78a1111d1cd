using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Tests.Official;

/// <summary>
/// Opens a written .docx and answers what Word would show: a paragraph's effective font, size or
/// indent, found on the run, then along the paragraph style's basedOn chain, then in the defaults.
/// </summary>
internal sealed class OfficialDocx : IDisposable
{
    private readonly MemoryStream _stream;

    private OfficialDocx(byte[] bytes)
    {
        _stream = new MemoryStream(bytes, writable: false);
        Package = WordprocessingDocument.Open(_stream, isEditable: false);
    }

    public WordprocessingDocument Package { get; }

    public MainDocumentPart Main => Package.MainDocumentPart!;

    public Body Body => Main.Document!.Body!;

    public SectionProperties Section => Body.Elements<SectionProperties>().Single();

    /// <summary>Paragraphs directly in the body, in order (table cells excluded).</summary>
    public IReadOnlyList<Paragraph> Paragraphs => Body.Elements<Paragraph>().ToList();

    public static OfficialDocx Open(byte[] bytes) => new(bytes);

    public static IReadOnlyList<ValidationErrorInfo> Validate(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var package = WordprocessingDocument.Open(stream, isEditable: false);
        return new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(package).ToList();
    }

    public Paragraph Find(string text) =>
        Body.Descendants<Paragraph>().FirstOrDefault(p => p.InnerText == text)
        ?? throw new Xunit.Sdk.XunitException($"No paragraph with the text \"{text}\". Paragraphs:\n" + string.Join("\n", Body.Descendants<Paragraph>().Select(p => p.InnerText)));

    public Paragraph FindStartingWith(string text) =>
        Body.Descendants<Paragraph>().FirstOrDefault(p => p.InnerText.StartsWith(text, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"No paragraph starting with \"{text}\".");

    public string? StyleId(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    public string? EastAsiaFont(Paragraph paragraph) => RunValue(paragraph, e => e.GetFirstChild<RunFonts>()?.EastAsia?.Value);

    public string? AsciiFont(Paragraph paragraph) => RunValue(paragraph, e => e.GetFirstChild<RunFonts>()?.Ascii?.Value);

    public int? FontSize(Paragraph paragraph) => ToInt(RunValue(paragraph, e => e.GetFirstChild<FontSize>()?.Val?.Value));

    public int? CharacterSpacing(Paragraph paragraph) => ToInt(RunValue(paragraph, e => e.GetFirstChild<Spacing>()?.Val?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public bool IsBold(Paragraph paragraph) => RunValue(paragraph, e => e.GetFirstChild<Bold>() is { } bold ? (bold.Val?.Value ?? true).ToString() : null) == bool.TrueString;

    public string? Color(Paragraph paragraph) => RunValue(paragraph, e => e.GetFirstChild<Color>()?.Val?.Value);

    public int? FirstLineIndent(Paragraph paragraph) => ToInt(ParagraphValue(paragraph, e => e.GetFirstChild<Indentation>()?.FirstLine?.Value));

    public int? RightIndent(Paragraph paragraph) => ToInt(ParagraphValue(paragraph, e => e.GetFirstChild<Indentation>()?.Right?.Value));

    public int? LeftIndent(Paragraph paragraph) => ToInt(ParagraphValue(paragraph, e => e.GetFirstChild<Indentation>()?.Left?.Value));

    public int? HangingIndent(Paragraph paragraph) => ToInt(ParagraphValue(paragraph, e => e.GetFirstChild<Indentation>()?.Hanging?.Value));

    public string? Alignment(Paragraph paragraph) => ParagraphValue(paragraph, e => e.GetFirstChild<Justification>()?.Val?.InnerText);

    public (int? Line, string? Rule) LineSpacing(Paragraph paragraph) =>
        (ToInt(ParagraphValue(paragraph, e => e.GetFirstChild<SpacingBetweenLines>()?.Line?.Value)),
         ParagraphValue(paragraph, e => e.GetFirstChild<SpacingBetweenLines>()?.LineRule?.InnerText));

    public int? OutlineLevel(Paragraph paragraph) => ToInt(ParagraphValue(paragraph, e => e.GetFirstChild<OutlineLevel>()?.Val?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Lines of a paragraph as Word breaks them at explicit line breaks.</summary>
    public static IReadOnlyList<string> LinesOf(Paragraph paragraph)
    {
        var lines = new List<string> { string.Empty };
        foreach (var element in paragraph.Descendants())
        {
            if (element is Break)
            {
                lines.Add(string.Empty);
            }
            else if (element is Text text)
            {
                lines[^1] += text.Text;
            }
        }
        return lines;
    }

    public void Dispose()
    {
        Package.Dispose();
        _stream.Dispose();
    }

    private string? RunValue(Paragraph paragraph, Func<OpenXmlElement, string?> read)
    {
        var run = paragraph.Descendants<Run>().FirstOrDefault(r => r.Descendants<Text>().Any());
        if (run?.RunProperties is { } direct && read(direct) is { } value)
        {
            return value;
        }
        foreach (var style in StyleChain(paragraph))
        {
            if (style.StyleRunProperties is { } properties && read(properties) is { } styled)
            {
                return styled;
            }
        }
        var defaults = Styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        return defaults is null ? null : read(defaults);
    }

    private string? ParagraphValue(Paragraph paragraph, Func<OpenXmlElement, string?> read)
    {
        if (paragraph.ParagraphProperties is { } direct && read(direct) is { } value)
        {
            return value;
        }
        foreach (var style in StyleChain(paragraph))
        {
            if (style.StyleParagraphProperties is { } properties && read(properties) is { } styled)
            {
                return styled;
            }
        }
        var defaults = Styles.DocDefaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle;
        return defaults is null ? null : read(defaults);
    }

    private Styles Styles => Main.StyleDefinitionsPart!.Styles!;

    private IEnumerable<Style> StyleChain(Paragraph paragraph)
    {
        var id = StyleId(paragraph) ?? Styles.Elements<Style>().Single(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true).StyleId!.Value;
        var seen = new HashSet<string>();
        while (id is not null && seen.Add(id))
        {
            var style = Styles.Elements<Style>().SingleOrDefault(s => s.StyleId?.Value == id)
                ?? throw new Xunit.Sdk.XunitException($"Paragraph style {id} is not defined.");
            yield return style;
            id = style.BasedOn?.Val?.Value;
        }
    }

    private static int? ToInt(string? value) => value is null ? null : int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
