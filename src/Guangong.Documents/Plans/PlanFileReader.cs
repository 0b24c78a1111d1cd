namespace Guangong.Documents.Plans;

/// <summary>
/// Reads an uploaded plan (.txt in UTF-8 or GBK/GB18030, or .docx) into text. Refuses bad files with a
/// Chinese message instead of throwing, because the message goes straight back to the uploader.
/// </summary>
public static class PlanFileReader
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>The answer of the last resort, when reading threw: a bug, never the answer to a file we understand.</summary>
    public const string UnexpectedFailure = "读取文件失败，请检查文件后重新上传";

    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static PlanReadResult Read(Stream? stream, string? fileName, long maxBytes = DefaultMaxBytes)
    {
        try
        {
            return ReadChecked(stream, fileName, maxBytes);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return PlanReadResult.Failure(UnexpectedFailure);
        }
    }

    private static PlanReadResult ReadChecked(Stream? stream, string? fileName, long maxBytes)
    {
        if (stream is null)
        {
            return PlanReadResult.Failure("未收到文件");
        }
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        if (extension == ".doc")
        {
            return PlanReadResult.Failure("文档已加密或为旧版Word格式，请另存为.docx后上传");
        }
        if (extension is not (".txt" or ".text" or ".docx"))
        {
            var shown = extension.Length > 0 ? $"“{extension}”" : string.Empty;
            return PlanReadResult.Failure($"不支持的文件类型{shown}，请上传.txt或.docx文件");
        }

        var bytes = ReadAtMost(stream, maxBytes);
        if (bytes is null)
        {
            return PlanReadResult.Failure($"文件超过{FormatMegabytes(maxBytes)}MB");
        }
        if (bytes.Length == 0)
        {
            return PlanReadResult.Failure("文件为空");
        }
        // Word saves password-protected .docx as an OLE compound file, the same container as old .doc.
        if (bytes.AsSpan().StartsWith(OleSignature))
        {
            return PlanReadResult.Failure("文档已加密或为旧版Word格式，请另存为.docx后上传");
        }

        var result = extension == ".docx" || DocxTextExtractor.IsZip(bytes)
            ? DocxTextExtractor.Extract(bytes)
            : DecodeText(bytes);
        if (result.IsSuccess && string.IsNullOrWhiteSpace(result.Text))
        {
            return PlanReadResult.Failure("文件中没有文字内容");
        }
        return result;
    }

    private static PlanReadResult DecodeText(byte[] bytes)
    {
        var text = PlainTextDecoder.Decode(bytes);
        return text is null ? PlanReadResult.Failure("不是文本文件，请上传.txt或.docx文件") : PlanReadResult.Success(text);
    }

    /// <summary>Reads up to the limit; null when the stream holds more, so a huge upload is never buffered whole.</summary>
    private static byte[]? ReadAtMost(Stream stream, long maxBytes)
    {
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return null;
            }
        }
        return buffer.ToArray();
    }

    private static string FormatMegabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
