using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Guangong.Documents.Official.Layout;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Guangong.Documents.Journals;

/// <summary>
/// Writes a 内刊 as .docx: cover, 卷首语, table of contents (a Word TOC field whose pre-filled entries
/// carry PAGEREF fields to the headings, so Word and LibreOffice both print the page numbers), the
/// sections with their pieces and pictures, page numbers in the footer (none on the cover).
/// The package is written part by part into a zip in create mode: the document body is serialised
/// block by block and each picture is copied from its stream and closed, so memory does not grow
/// with the length of the journal or the number of pictures.
/// </summary>
public static class JournalWriter
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Rel = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string BodyFont = "宋体";
    private const string HeadingFont = "黑体";
    private const string TitleFont = "方正小标宋简体";

    public static void Write(JournalDocument journal, Stream output)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrWhiteSpace(journal.Title);
        ArgumentException.ThrowIfNullOrWhiteSpace(journal.DateText);
        var page = Page.Of(journal.PageSize);
        var images = new List<(string Id, string Target, JournalImage Image)>();
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);

        // The body first: it decides which pictures there are; their bytes follow as parts of their own.
        var headings = Headings(journal);
        using (var writer = Entry(zip, "word/document.xml"))
        {
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
            writer.Write($"<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>");
            foreach (var block in Blocks(journal, headings, page, images))
            {
                writer.Write(block.OuterXml);
            }

            writer.Write(Section(page).OuterXml);
            writer.Write("</w:body></w:document>");
        }

        var imageRels = new StringBuilder();
        foreach (var (id, target, image) in images)
        {
            var entry = zip.CreateEntry("word/" + target, CompressionLevel.NoCompression);
            using (var to = entry.Open())
            using (var from = image.Open())
            {
                from.CopyTo(to);
            }

            imageRels.Append($"<Relationship Id=\"{id}\" Type=\"{R}/image\" Target=\"{target}\"/>");
        }

        Part(zip, "word/_rels/document.xml.rels",
            $"<Relationships xmlns=\"{Rel}\"><Relationship Id=\"rStyles\" Type=\"{R}/styles\" Target=\"styles.xml\"/><Relationship Id=\"rSettings\" Type=\"{R}/settings\" Target=\"settings.xml\"/><Relationship Id=\"rFooter\" Type=\"{R}/footer\" Target=\"footer1.xml\"/><Relationship Id=\"rFooterFirst\" Type=\"{R}/footer\" Target=\"footer2.xml\"/>{imageRels}</Relationships>");
        Part(zip, "word/styles.xml", Styles(page).OuterXml);
        Part(zip, "word/settings.xml", $"<w:settings xmlns:w=\"{W}\"><w:updateFields w:val=\"true\"/><w:defaultTabStop w:val=\"420\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>");
        Part(zip, "word/footer1.xml", PageNumberFooter().OuterXml);
        Part(zip, "word/footer2.xml", new Footer(new Paragraph()).OuterXml);
        var title = Escape(XmlSafeText.Clean($"《{journal.Title.Trim()}》{journal.Issue.Trim()}"));
        Part(zip, "docProps/core.xml",
            $"<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{title}</dc:title><dc:language>zh-CN</dc:language></cp:coreProperties>");
        Part(zip, "docProps/app.xml",
            "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>Guangong</Application></Properties>");
        Part(zip, "_rels/.rels",
            $"<Relationships xmlns=\"{Rel}\"><Relationship Id=\"rDoc\" Type=\"{R}/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rCore\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/><Relationship Id=\"rApp\" Type=\"{R}/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>");
        Part(zip, "[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/><Default Extension=\"png\" ContentType=\"image/png\"/>" +
            "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/><Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>" +
            "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/><Override PartName=\"/word/footer2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>" +
            "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/><Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/></Types>");
    }

    public static byte[] ToBytes(JournalDocument journal)
    {
        using var buffer = new MemoryStream();
        Write(journal, buffer);
        return buffer.ToArray();
    }

    private sealed record Heading(int Level, string Text, string Bookmark);

    private sealed record Page(uint Width, uint Height, int Margin, int FontHalfPoints, int TitleHalfPoints)
    {
        public int TextWidth => (int)Width - 2 * Margin;

        public int TextHeight => (int)Height - 2 * Margin;

        public static Page Of(JournalPageSize size) => size switch
        {
            // 148 × 210 mm, 18 mm margins, 五号 text
            JournalPageSize.A5 => new Page(8391, 11906, 1020, 21, 52),
            // 184 × 260 mm, 22 mm margins, 小四 text
            _ => new Page(10433, 14742, 1247, 24, 64),
        };
    }

    private static List<Heading> Headings(JournalDocument journal)
    {
        var list = new List<Heading>();
        var n = 0;
        foreach (var section in journal.Sections)
        {
            list.Add(new Heading(1, section.Title.Trim(), $"_Toc{++n:D4}"));
            foreach (var piece in section.Pieces)
            {
                list.Add(new Heading(2, piece.Title.Trim(), $"_Toc{++n:D4}"));
            }
        }

        return list;
    }

    private static IEnumerable<OpenXmlElement> Blocks(JournalDocument journal, List<Heading> headings, Page page, List<(string, string, JournalImage)> images)
    {
        // Cover
        yield return Spacer(page.TextHeight / 5);
        yield return Styled("JournalCoverTitle", $"《{journal.Title.Trim()}》");
        yield return Styled("JournalCoverLine", journal.Issue.Trim());
        yield return Spacer(page.TextHeight / 3);
        yield return Styled("JournalCoverLine", journal.EditingUnit.Trim());
        yield return Styled("JournalCoverLine", journal.DateText.Trim());

        // 卷首语
        var foreword = (journal.Foreword ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (foreword.Count > 0)
        {
            yield return Styled("JournalFrontHeading", "卷首语", pageBreak: true);
            foreach (var line in foreword)
            {
                yield return Styled("JournalBody", line);
            }
        }

        // 目录: a TOC field (Word rebuilds it on 更新域) pre-filled with one entry per heading
        yield return Styled("JournalFrontHeading", "目　录", pageBreak: true);
        for (var i = 0; i < headings.Count; i++)
        {
            var h = headings[i];
            var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = h.Level == 1 ? "TOC1" : "TOC2" }));
            p.Append(TextRun(h.Text), new Run(new TabChar()), FieldChar(FieldCharValues.Begin), Instruction($" PAGEREF {h.Bookmark} \\h "), FieldChar(FieldCharValues.Separate), TextRun(string.Empty), FieldChar(FieldCharValues.End));
            yield return p;
        }

        var headingIndex = 0;
        var imageNumber = 0;
        foreach (var section in journal.Sections)
        {
            yield return Bookmarked(Styled("Heading1", section.Title.Trim(), pageBreak: true), headings[headingIndex++].Bookmark, headingIndex);
            var first = true;
            foreach (var piece in section.Pieces)
            {
                yield return Bookmarked(Styled("Heading2", piece.Title.Trim(), pageBreak: !first), headings[headingIndex++].Bookmark, headingIndex);
                first = false;
                if (!string.IsNullOrWhiteSpace(piece.Byline))
                {
                    yield return Styled("JournalByline", piece.Byline.Trim());
                }

                foreach (var paragraph in piece.Paragraphs)
                {
                    if (paragraph.Trim() is { Length: > 0 } text)
                    {
                        yield return Styled("JournalBody", text);
                    }
                }

                foreach (var image in piece.Images)
                {
                    imageNumber++;
                    var id = $"rImg{imageNumber}";
                    var target = $"media/image{imageNumber}.{(image.ContentType == "image/png" ? "png" : "jpeg")}";
                    images.Add((id, target, image));
                    yield return Picture(image, id, imageNumber, page);
                    if (!string.IsNullOrWhiteSpace(image.Caption))
                    {
                        yield return Styled("JournalCaption", image.Caption.Trim());
                    }
                }
            }
        }
    }

    private static Paragraph Picture(JournalImage image, string relationshipId, int number, Page page)
    {
        const long EmuPerTwip = 635;
        var maxWidth = page.TextWidth * EmuPerTwip;
        var maxHeight = page.TextHeight * EmuPerTwip / 2;
        var width = Math.Max(1, image.WidthPx) * 9525L;
        var height = Math.Max(1, image.HeightPx) * 9525L;
        var scale = Math.Min(1.0, Math.Min((double)maxWidth / width, (double)maxHeight / height));
        var cx = (long)(width * scale);
        var cy = (long)(height * scale);
        var name = $"图片{number}";
        var graphic = new A.Graphic(new A.GraphicData(
            new Pic.Picture(
                new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0U, Name = name }, new Pic.NonVisualPictureDrawingProperties()),
                new Pic.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                new Pic.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
        { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" });
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = cx, Cy = cy },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Wp.DocProperties { Id = (uint)number, Name = name },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            graphic)
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "JournalPicture" }), new Run(new Drawing(inline)));
    }

    private static Paragraph Bookmarked(Paragraph paragraph, string name, int id)
    {
        paragraph.InsertAfter(new BookmarkStart { Name = name, Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, paragraph.ParagraphProperties);
        paragraph.Append(new BookmarkEnd { Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return paragraph;
    }

    private static Paragraph Styled(string style, string text, bool pageBreak = false)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (pageBreak)
        {
            properties.Append(new PageBreakBefore());
        }

        return new Paragraph(properties, TextRun(text));
    }

    private static Paragraph Spacer(int twips) =>
        new(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = Math.Max(240, twips).ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact }));

    private static Run TextRun(string text) => new(new Text(XmlSafeText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });

    private static Run FieldChar(FieldCharValues kind) => new(new FieldChar { FieldCharType = kind });

    private static Run Instruction(string code) => new(new FieldCode(code) { Space = SpaceProcessingModeValues.Preserve });

    private static Footer PageNumberFooter() => new(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }),
        FieldChar(FieldCharValues.Begin), Instruction(" PAGE "), FieldChar(FieldCharValues.Separate), TextRun("1"), FieldChar(FieldCharValues.End)));

    private static SectionProperties Section(Page page) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = "rFooter" },
        new FooterReference { Type = HeaderFooterValues.First, Id = "rFooterFirst" },
        new PageSize { Width = page.Width, Height = page.Height },
        new PageMargin { Top = page.Margin, Bottom = page.Margin, Left = (uint)page.Margin, Right = (uint)page.Margin, Header = 567U, Footer = 454U, Gutter = 0U },
        new TitlePage());

    private static Styles Styles(Page page)
    {
        var size = page.FontHalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var tabPosition = page.TextWidth;
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(BodyFont), new FontSize { Val = size }, new FontSizeComplexScript { Val = size }, new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "360", LineRule = LineSpacingRuleValues.Auto }))),
            Paragraph("Normal", "Normal", null, new StyleParagraphProperties(new Justification { Val = JustificationValues.Both }), null, isDefault: true),
            Paragraph("JournalBody", "正文（内刊）", "Normal", new StyleParagraphProperties(new Indentation { FirstLine = (page.FontHalfPoints * 20).ToString(System.Globalization.CultureInfo.InvariantCulture), FirstLineChars = 200 }, new Justification { Val = JustificationValues.Both }), null),
            Paragraph("JournalCoverTitle", "封面标题", "Normal", new StyleParagraphProperties(new SpacingBetweenLines { After = "480", Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Justification { Val = JustificationValues.Center }), Run(TitleFont, page.TitleHalfPoints, bold: false)),
            Paragraph("JournalCoverLine", "封面信息", "Normal", new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }, new Justification { Val = JustificationValues.Center }), Run(HeadingFont, page.FontHalfPoints + 8, bold: false)),
            Paragraph("JournalFrontHeading", "卷首语、目录标题", "Normal", new StyleParagraphProperties(new SpacingBetweenLines { Before = "240", After = "360" }, new Justification { Val = JustificationValues.Center }), Run(HeadingFont, page.FontHalfPoints + 12, bold: false)),
            Paragraph("Heading1", "heading 1", "Normal", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "360" }, new Justification { Val = JustificationValues.Center }, new OutlineLevel { Val = 0 }), Run(HeadingFont, page.FontHalfPoints + 10, bold: false)),
            Paragraph("Heading2", "heading 2", "Normal", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "360", After = "120" }, new Justification { Val = JustificationValues.Center }, new OutlineLevel { Val = 1 }), Run(HeadingFont, page.FontHalfPoints + 6, bold: false)),
            Paragraph("JournalByline", "作者行", "Normal", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "240" }, new Justification { Val = JustificationValues.Center }), Run("楷体_GB2312", page.FontHalfPoints, bold: false)),
            Paragraph("JournalPicture", "图片", "Normal", new StyleParagraphProperties(new SpacingBetweenLines { Before = "120", After = "60", Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Justification { Val = JustificationValues.Center }), null),
            Paragraph("JournalCaption", "图片说明", "Normal", new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }, new Justification { Val = JustificationValues.Center }), Run("楷体_GB2312", page.FontHalfPoints - 3, bold: false)),
            Paragraph("TOC1", "toc 1", "Normal", new StyleParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = tabPosition }), new SpacingBetweenLines { Before = "120" }), Run(HeadingFont, page.FontHalfPoints, bold: false)),
            Paragraph("TOC2", "toc 2", "Normal", new StyleParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = tabPosition }), new Indentation { LeftChars = 200 }), null),
            Paragraph("Footer", "footer", "Normal", new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }), Run(BodyFont, page.FontHalfPoints - 3, bold: false)));
    }

    private static RunFonts Fonts(string face) => new() { Ascii = face, HighAnsi = face, EastAsia = face, ComplexScript = face };

    private static StyleRunProperties Run(string face, int halfPoints, bool bold)
    {
        var s = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var run = new StyleRunProperties(Fonts(face));
        if (bold)
        {
            run.Append(new Bold());
        }

        run.Append(new FontSize { Val = s }, new FontSizeComplexScript { Val = s });
        return run;
    }

    private static Style Paragraph(string id, string name, string? basedOn, StyleParagraphProperties paragraph, StyleRunProperties? run, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle(), paragraph);
        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static StreamWriter Entry(ZipArchive zip, string name) =>
        new(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var writer = Entry(zip, name);
        if (!xml.StartsWith("<?xml", StringComparison.Ordinal))
        {
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        }

        writer.Write(xml);
    }

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text) ?? string.Empty;
}
