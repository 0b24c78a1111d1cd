using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Tests.Essays;

/// <summary>Small .docx and .zip files made for the tests.</summary>
public static class EssayFiles
{
    public static byte[] Docx(params string[] paragraphs)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p))))));
        }

        return buffer.ToArray();
    }

    /// <summary>A .docx with pictures inline after the paragraphs, as Word places them.</summary>
    public static byte[] DocxWithPictures(string[] paragraphs, params (string ContentType, byte[] Bytes)[] pictures)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p)))));
            uint n = 0;
            foreach (var (type, bytes) in pictures)
            {
                var part = main.AddImagePart(type == "image/png" ? ImagePartType.Png : ImagePartType.Jpeg);
                using (var data = new MemoryStream(bytes))
                {
                    part.FeedData(data);
                }

                n++;
                var blip = new DocumentFormat.OpenXml.Drawing.Blip { Embed = main.GetIdOfPart(part) };
                body.Append(new Paragraph(new Run(new Drawing(new DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline(
                    new DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent { Cx = 952500, Cy = 952500 },
                    new DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties { Id = n, Name = $"图片 {n}" },
                    new DocumentFormat.OpenXml.Drawing.Graphic(new DocumentFormat.OpenXml.Drawing.GraphicData(new DocumentFormat.OpenXml.Drawing.Pictures.Picture(
                        new DocumentFormat.OpenXml.Drawing.Pictures.BlipFill(blip)))
                    { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))))));
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
}
