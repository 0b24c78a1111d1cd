using System.Buffers.Binary;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Guangong.Documents.Official.Layout;

/// <summary>
/// An inline picture paragraph. Blocks are rendered before the package exists, so the picture's bytes
/// ride on the blip as an annotation and <see cref="Embed"/> turns each into an image part once the
/// main part is there.
/// </summary>
internal static class ImageBlock
{
    private const long EmuPerTwip = 635;

    /// <summary>Tallest a picture may be: two thirds of the text block, so a portrait photo leaves room for its caption.</summary>
    private const int MaxHeight = PageEstimate.BlockHeight * 2 / 3;

    private sealed record Pending(byte[] Bytes, string ContentType);

    public static IEnumerable<Paragraph> Create(OfficialImage image, int id)
    {
        var (type, width, height) = Probe(image.Bytes) ?? throw new ArgumentException("An official image must be a PNG or JPEG.", nameof(image));
        var (cx, cy) = Fit(width, height);
        var blip = new A.Blip { Embed = "rIdPending" };
        blip.AddAnnotation(new Pending(image.Bytes, type));
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"图片{id}" }, new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(blip, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = (uint)(5000 + id), Name = $"图片{id}" },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };

        // Out of the exact 22-line grid: a fixed line height would clip the picture to one line.
        yield return new Paragraph(
            new ParagraphProperties(
                new KeepNext(),
                new SnapToGrid { Val = false },
                new SpacingBetweenLines { Before = "120", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "0" },
                new Justification { Val = JustificationValues.Center }),
            new Run(new Drawing(inline)));
        if (!string.IsNullOrWhiteSpace(image.Caption))
        {
            yield return new Paragraph(
                new ParagraphProperties(new Indentation { FirstLine = "0" }, new Justification { Val = JustificationValues.Center }),
                OfficialParagraphs.TextRun(image.Caption.Trim()));
        }
    }

    /// <summary>Adds an image part for each pending picture in the body and points its blip at it.</summary>
    public static void Embed(MainDocumentPart main, OpenXmlElement body)
    {
        foreach (var blip in body.Descendants<A.Blip>().ToList())
        {
            if (blip.Annotation<Pending>() is not { } pending)
            {
                continue;
            }

            var part = main.AddImagePart(pending.ContentType == "image/png" ? ImagePartType.Png : ImagePartType.Jpeg);
            using (var stream = new MemoryStream(pending.Bytes))
            {
                part.FeedData(stream);
            }

            blip.Embed = main.GetIdOfPart(part);
            blip.RemoveAnnotations<Pending>();
        }
    }

    /// <summary>The picture's height in twips, for the page estimate.</summary>
    public static int HeightTwips(DW.Inline inline) => (int)((inline.Extent?.Cy?.Value ?? 0) / EmuPerTwip);

    /// <summary>Width and height in EMU: the text block's width, or less for a tall picture, aspect kept.</summary>
    internal static (long Cx, long Cy) Fit(int width, int height)
    {
        var w = (double)OfficialPage.TextWidth;
        var h = w * height / width;
        if (h > MaxHeight)
        {
            w = w * MaxHeight / h;
            h = MaxHeight;
        }

        return ((long)Math.Round(w * EmuPerTwip), (long)Math.Round(h * EmuPerTwip));
    }

    /// <summary>The content type and pixel size from a PNG or JPEG header, or null for anything else.</summary>
    internal static (string Type, int Width, int Height)? Probe(byte[] bytes)
    {
        if (bytes.Length > 24 && bytes[0] == 0x89 && bytes[1] == (byte)'P' && bytes[2] == (byte)'N' && bytes[3] == (byte)'G')
        {
            var w = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
            var h = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
            return w > 0 && h > 0 ? ("image/png", w, h) : null;
        }

        if (bytes.Length > 4 && bytes[0] == 0xFF && bytes[1] == 0xD8)
        {
            var i = 2;
            while (i + 9 < bytes.Length && bytes[i] == 0xFF)
            {
                var marker = bytes[i + 1];
                var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 2));

                // Start-of-frame markers (baseline, progressive …), not DHT (C4), JPG (C8) or DAC (CC).
                if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                {
                    var h = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 5));
                    var w = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 7));
                    return w > 0 && h > 0 ? ("image/jpeg", w, h) : null;
                }

                i += 2 + length;
            }
        }

        return null;
    }
}
