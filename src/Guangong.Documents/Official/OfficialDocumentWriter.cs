using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
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
        var body = BlockRenderer.Render(document.Body ?? []).ToList();
        List<Paragraph> tail = [.. AttachmentNote.Create(document.Attachments ?? []), .. SignatureBlock.Create(document.IssuerSignature, document.Date)];
        KeepTailWithText(body, tail);
        foreach (var element in body.Concat(tail))
        {
            yield return element;
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

    /// <summary>
    /// The attachment note and the signature never stand on a page without text (GB/T 9704 7.3.5): they are kept with
    /// each other and with the text's last paragraph, so when they do not fit under it, its last lines go over with them.
    /// </summary>
    private static void KeepTailWithText(List<OpenXmlElement> body, List<Paragraph> tail)
    {
        if (tail.Count == 0)
        {
            return;
        }

        var kept = tail.SkipLast(1).ToList();
        if (body.LastOrDefault() is Paragraph last)
        {
            kept.Insert(0, last);
        }
        else if (body.LastOrDefault() is Table table && table.Elements<TableRow>().LastOrDefault() is { } row)
        {
            // A text ending in a table (the essay list) keeps its last row with the signature; the row is never split.
            kept.InsertRange(0, row.Descendants<Paragraph>());
        }

        foreach (var paragraph in kept)
        {
            (paragraph.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext();
        }
    }
}
