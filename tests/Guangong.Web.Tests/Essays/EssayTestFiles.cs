using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SkiaSharp;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Guangong.Web.Tests.Essays;

/// <summary>Essays as a school sends them: .docx files (with pictures placed in the text, as Word does), .zip archives, photos.</summary>
internal static class EssayTestFiles
{
    public static byte[] Docx(params string[] paragraphs) => DocxWithPictures(paragraphs, []);

    /// <summary>A .docx whose pictures follow the paragraphs, each inline in a paragraph of its own.</summary>
    public static byte[] DocxWithPictures(string[] paragraphs, params (string ContentType, byte[] Bytes)[] pictures)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p)))));
            var n = 0;
            foreach (var (type, bytes) in pictures)
            {
                var part = main.AddImagePart(type == "image/png" ? ImagePartType.Png : ImagePartType.Jpeg);
                using (var data = new MemoryStream(bytes))
                {
                    part.FeedData(data);
                }

                n++;
                body.Append(new Paragraph(new Run(Drawing(main.GetIdOfPart(part), (uint)n))));
            }

            main.Document = new Document(body);
        }

        return buffer.ToArray();
    }

    public static byte[] Zip(params (string Name, byte[] Bytes)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in files)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A real picture (a colour field with a stripe) of the given size.</summary>
    public static byte[] Photo(int width, int height, SKColor colour, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(colour);
            using var paint = new SKPaint { Color = SKColors.White };
            canvas.DrawRect(0, height / 3f, width, height / 6f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>Bytes that do not compress, as a big camera photo does not: <paramref name="megabytes"/> MB.</summary>
    public static byte[] Incompressible(int megabytes)
    {
        var bytes = new byte[megabytes * 1024 * 1024];
        new Random(16).NextBytes(bytes);
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        return bytes;
    }

    private static Drawing Drawing(string relationshipId, uint id)
    {
        const long Cx = 1905000, Cy = 1428750;
        return new Drawing(new Wp.Inline(
            new Wp.Extent { Cx = Cx, Cy = Cy },
            new Wp.DocProperties { Id = id, Name = $"图片 {id}" },
            new A.Graphic(new A.GraphicData(new Pic.Picture(
                new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0U, Name = $"photo{id}.jpg" }, new Pic.NonVisualPictureDrawingProperties()),
                new Pic.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                new Pic.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = Cx, Cy = Cy }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" })));
    }
}
