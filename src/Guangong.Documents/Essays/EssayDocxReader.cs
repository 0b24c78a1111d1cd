using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Essays;

/// <summary>
/// Reads an essay from a .docx: the first non-empty paragraph is the title, a byline among the next
/// few paragraphs ("焦溪小学 三(2)班 张三", "指导老师：王芳") is recognised and taken out of the text,
/// and the rest are the paragraphs of the essay.
/// </summary>
public static class EssayDocxReader
{
    public const string NotDocxMessage = "不是有效的 Word（.docx）文档（文件可能已损坏，或是改了扩展名的其他文件）。";

    /// <summary>The text parts of an essay's .docx are a few hundred KB; far more unpacked is a bomb, not an essay.</summary>
    public const long MaxUnpackedBytes = 20L * 1024 * 1024;

    /// <summary>One picture in the document; a larger one refuses the document with a message that names it (the app stores pictures scaled down, the same limit as an uploaded photo).</summary>
    public const long MaxImageBytes = 40L * 1024 * 1024;

    /// <summary>All the pictures of one document together.</summary>
    public const long MaxImagesBytes = 60L * 1024 * 1024;

    /// <summary>More pictures than this in one essay are refused: it is an album, not an essay.</summary>
    public const int MaxImages = 12;

    /// <summary>How many paragraphs after the title may carry the byline.</summary>
    private const int BylineWindow = 3;

    public static bool LooksLikeZip(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04;

    public static EssayReadResult Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (!LooksLikeZip(bytes))
        {
            return EssayReadResult.Failure(NotDocxMessage);
        }

        try
        {
            using (var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read))
            {
                // Pictures are counted apart from the text parts, so a big photo is named as such, not taken for a bomb.
                // Word keeps them in word/media/, other writers elsewhere: every part that is not XML is taken for one.
                var media = archive.Entries.Where(e => !e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList();
                if (media.FirstOrDefault(e => e.Length > MaxImageBytes) is { } big)
                {
                    return EssayReadResult.Failure(TooBigImage(big.Name, big.Length));
                }

                if (media.Sum(e => e.Length) > MaxImagesBytes)
                {
                    return EssayReadResult.Failure($"文档中的图片合计超过{MaxImagesBytes / 1024 / 1024} MB，请在 Word 中压缩图片（“图片格式”→“压缩图片”）后再上传。");
                }

                if (archive.Entries.Except(media).Sum(e => e.Length) > MaxUnpackedBytes)
                {
                    return EssayReadResult.Failure("文档解压后过大（超过20 MB），无法读取。");
                }
            }

            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return EssayReadResult.Failure(NotDocxMessage);
            }

            var paragraphs = body.Descendants<Paragraph>().Select(ParagraphText).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
            var read = FromParagraphs(paragraphs);
            if (!read.Succeeded)
            {
                return read;
            }

            var images = Images(document.MainDocumentPart!, body);
            return images.Count > MaxImages
                ? EssayReadResult.Failure($"文档中有{images.Count}张图片，每篇最多{MaxImages}张，请删去一些后再上传。")
                : read with { Images = images };
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return EssayReadResult.Failure(NotDocxMessage);
        }
    }

    /// <summary>Title, byline and text from paragraphs already read (a .docx or pasted text).</summary>
    public static EssayReadResult FromParagraphs(IReadOnlyList<string> paragraphs)
    {
        var lines = paragraphs.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (lines.Count == 0)
        {
            return EssayReadResult.Failure("文档里没有文字。");
        }

        var title = TrimTitle(lines[0]);
        var byline = EssayByline.Empty;
        var rest = new List<string>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (i <= BylineWindow && lines[i].Length <= 40 && EssayByline.TryRead(lines[i]) is { } found)
            {
                byline = Merge(byline, found);
                continue;
            }

            rest.Add(lines[i]);
        }

        if (rest.Count == 0)
        {
            return EssayReadResult.Failure("文档只有标题，没有正文。");
        }

        return new EssayReadResult(true, null, title, byline, rest);
    }

    private static EssayByline Merge(EssayByline a, EssayByline b) =>
        new(a.School ?? b.School, a.Grade ?? b.Grade, a.ClassNumber ?? b.ClassNumber, a.Author ?? b.Author, a.Adviser ?? b.Adviser);

    /// <summary>A title typed as 《爷爷的菜园》 or "题目：爷爷的菜园" becomes 爷爷的菜园.</summary>
    private static string TrimTitle(string line)
    {
        var t = line.Trim();
        foreach (var prefix in new[] { "题目：", "题目:", "标题：", "标题:" })
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                t = t[prefix.Length..].Trim();
            }
        }

        if (t.Length > 2 && t[0] == '《' && t[^1] == '》')
        {
            t = t[1..^1];
        }

        return t.Length > 100 ? t[..100] : t;
    }

    /// <summary>The message for a picture over <see cref="MaxImageBytes"/>, with its size.</summary>
    public static string TooBigImage(string name, long bytes) =>
        $"文档中的图片“{name}”有{bytes / 1024.0 / 1024.0:0.#} MB，超过每张{MaxImageBytes / 1024 / 1024} MB的上限。请在 Word 中压缩图片（“图片格式”→“压缩图片”）或换一张小些的图片后再上传。";

    /// <summary>
    /// The pictures the body shows (a:blip of inline or floating drawings, in document order), each part once.
    /// Only JPEG, PNG, GIF, BMP and WebP are taken; a chart or an EMF drawing is no photo and stays out.
    /// </summary>
    private static List<EssayImage> Images(MainDocumentPart main, Body body)
    {
        var list = new List<EssayImage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var blip in body.Descendants<DocumentFormat.OpenXml.Drawing.Blip>())
        {
            if (blip.Embed?.Value is not { Length: > 0 } id || !seen.Add(id) || !main.TryGetPartById(id, out var found) || found is not ImagePart part)
            {
                continue;
            }

            var type = part.ContentType;
            if (type is not ("image/jpeg" or "image/png" or "image/gif" or "image/bmp" or "image/webp"))
            {
                continue;
            }

            using var from = part.GetStream(FileMode.Open, FileAccess.Read);
            using var to = new MemoryStream();
            from.CopyTo(to);
            list.Add(new EssayImage(Path.GetFileName(part.Uri.OriginalString), type, to.ToArray()));
        }

        return list;
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }
}
