using DocumentFormat.OpenXml;
using Guangong.Documents.Official.Layout;

namespace Guangong.Documents.Official;

/// <summary>
/// Writes an <see cref="OfficialDocument"/> as a .docx laid out per GB/T 9704-2012 (A4, 22 lines of
/// 28 characters, the prescribed faces, outside page numbers), so what the platform exports can be
/// printed and filed by a town office as it is, without retyping.
/// </summary>
public static class OfficialDocumentWriter
{
    /// <summary>Writes the document to the stream, which may be write-only; the stream is left open.</summary>
    public static void Write(OfficialDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        if (string.IsNullOrWhiteSpace(document.Title))
        {
            throw new ArgumentException("An official document needs a title.", nameof(document));
        }
        var content = Content(document).ToList();
        var letter = document.Format == OfficialFormat.Letter && !string.IsNullOrWhiteSpace(document.IssuerMark);
        var recordLines = RecordBlock.Lines(document.CopyTo ?? [], document.PrintedBy, document.PrintedDate, letter);
        if (RecordBlock.Create(document.CopyTo ?? [], document.PrintedBy, document.PrintedDate, letter) is not { } record)
        {
            OfficialPackage.Write(output, document.Title, content, letter);
            return;
        }
        var placement = RecordPlacement.Of(PageEstimate.Of(content), RecordBlock.Height(recordLines), document.PrintedBothSides);
        if (placement == RecordPlacement.Place.OnLastPage)
        {
            content.Add(record);
            OfficialPackage.Write(output, document.Title, content, letter);
            return;
        }
        OfficialPackage.Write(output, document.Title, content, letter, evenPageTail: [record],
            tailNumbered: placement == RecordPlacement.Place.NextEvenPage);
    }

    public static byte[] ToBytes(OfficialDocument document)
    {
        using var buffer = new MemoryStream();
        Write(document, buffer);
        return buffer.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Content(OfficialDocument document)
    {
        foreach (var paragraph in DocumentHead.Create(document.IssuerMark, document.DocumentNumber, document.Format))
        {
            yield return paragraph;
        }
        yield return OfficialParagraphs.Title(document.Title);
        yield return OfficialParagraphs.Blank();

        var recipients = (document.MainRecipients ?? []).Select(r => r.Trim()).Where(r => r.Length > 0).ToList();
        if (recipients.Count > 0)
        {
            yield return OfficialParagraphs.Styled(OfficialStyleIds.Recipients, string.Join("、", recipients).TrimEnd('：', ':') + "：");
        }
        foreach (var element in BlockRenderer.Render(document.Body ?? []))
        {
            yield return element;
        }
        foreach (var paragraph in AttachmentNote.Create(document.Attachments ?? []))
        {
            yield return paragraph;
        }
        foreach (var paragraph in SignatureBlock.Create(document.IssuerSignature, document.Date))
        {
            yield return paragraph;
        }

        if (document.Issued is { } issued)
        {
            yield return OfficialParagraphs.Title(issued.Title, pageBreakBefore: true);
            yield return OfficialParagraphs.Blank();
            foreach (var element in BlockRenderer.Render(issued.Body ?? []))
            {
                yield return element;
            }
            foreach (var paragraph in AttachmentNote.Create(issued.Attachments ?? []))
            {
                yield return paragraph;
            }
        }

        foreach (var element in AppendixPages.Render(document.Appendices ?? []))
        {
            yield return element;
        }
    }
}
