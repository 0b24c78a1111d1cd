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

    /// <summary>An essay's .docx is a few hundred KB; far more unpacked is a bomb, not an essay.</summary>
    public const long MaxUnpackedBytes = 20L * 1024 * 1024;

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
                if (archive.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
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
            return FromParagraphs(paragraphs);
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
