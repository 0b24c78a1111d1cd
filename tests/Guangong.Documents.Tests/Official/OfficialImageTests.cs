using System.Buffers.Binary;
using DocumentFormat.OpenXml.Packaging;
using Guangong.Documents.Official;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Guangong.Documents.Tests.Official;

/// <summary>A photo in the body (the 申报表's chosen photos): an image part each, at the text width with its aspect kept, valid OOXML.</summary>
public sealed class OfficialImageTests
{
    /// <summary>The text block's width (156 mm) in EMU: 8844 twips × 635.</summary>
    private const long TextWidthEmu = 8844L * 635;

    private static OfficialDocument Form(params OfficialBlock[] body) => new()
    {
        Title = "校外教育辅导站申报表",
        Body = [new OfficialParagraph("佐证照片如下。"), .. body],
        IssuerSignature = "郑陆镇关工委",
        Date = new DateOnly(2026, 11, 20),
    };

    /// <summary>A PNG header of the given size: all the writer reads of a picture before it stores the bytes.</summary>
    private static byte[] Png(int width, int height)
    {
        var bytes = new byte[64];
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        return bytes;
    }

    /// <summary>A JPEG with an APP0 segment before its start-of-frame, as cameras write them.</summary>
    private static byte[] Jpeg(int width, int height)
    {
        var bytes = new byte[40];
        new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08 }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(13), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(15), (ushort)width);
        return bytes;
    }

    [Fact]
    public void Each_photo_is_an_image_part_drawn_at_the_text_width_with_its_aspect_kept_and_the_package_is_valid()
    {
        var bytes = OfficialDocumentWriter.ToBytes(Form(new OfficialImage(Png(1200, 800), "图1　辅导站活动室"), new OfficialImage(Jpeg(1600, 900))));
        Assert.Empty(OfficialDocx.Validate(bytes));
        using var stream = new MemoryStream(bytes);
        using var docx = WordprocessingDocument.Open(stream, false);
        var main = docx.MainDocumentPart!;
        Assert.Equal(["image/png", "image/jpeg"], main.ImageParts.Select(p => p.ContentType).OrderByDescending(t => t).ToArray());
        var extents = main.Document!.Body!.Descendants<DW.Inline>().Select(i => i.Extent!).ToList();
        Assert.Equal(2, extents.Count);
        Assert.Equal(TextWidthEmu, extents[0].Cx!.Value);
        Assert.Equal(TextWidthEmu * 800 / 1200, extents[0].Cy!.Value, 1.0);
        Assert.Equal(TextWidthEmu * 900 / 1600, extents[1].Cy!.Value, 1.0);

        // Every blip points at a stored image part.
        var ids = main.Document.Body.Descendants<A.Blip>().Select(b => b.Embed!.Value!).ToList();
        Assert.All(ids, id => Assert.IsAssignableFrom<ImagePart>(main.GetPartById(id)));
        Assert.Contains("图1　辅导站活动室", main.Document.Body.InnerText);
    }

    [Fact]
    public void A_tall_photo_is_kept_to_two_thirds_of_the_text_block_with_its_aspect()
    {
        var bytes = OfficialDocumentWriter.ToBytes(Form(new OfficialImage(Png(600, 1800))));
        using var stream = new MemoryStream(bytes);
        using var docx = WordprocessingDocument.Open(stream, false);
        var extent = docx.MainDocumentPart!.Document!.Body!.Descendants<DW.Inline>().Single().Extent!;
        var maxHeight = 22L * 579 * 2 / 3 * 635;
        Assert.Equal(maxHeight, extent.Cy!.Value, 1.0);
        Assert.Equal(maxHeight / 3.0, extent.Cx!.Value, 1.0);
        Assert.True(extent.Cx!.Value < TextWidthEmu);
    }

    [Fact]
    public void Bytes_that_are_no_png_or_jpeg_are_refused()
    {
        Assert.Throws<ArgumentException>(() => OfficialDocumentWriter.ToBytes(Form(new OfficialImage("GIF89a-not-supported"u8.ToArray()))));
    }
}
