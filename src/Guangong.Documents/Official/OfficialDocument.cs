namespace Guangong.Documents.Official;

/// <summary>
/// An official document (公文) as the town office would print it: the parts GB/T 9704 names, in the
/// words the officer reviewed. Layout is the writer's job, so the same content can be written again
/// when the format rules change.
/// </summary>
public sealed record OfficialDocument
{
    /// <summary>The title (标题). Long titles are broken over lines by the writer.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// The issuing authority's mark (发文机关标志, e.g. "乌审召镇人民政府文件"), printed red at the top.
    /// Null for documents printed on plain paper, which have no head.
    /// </summary>
    public string? IssuerMark { get; init; }

    /// <summary>How the head is laid out when there is a mark: 文件 (default) or 信函.</summary>
    public OfficialFormat Format { get; init; } = OfficialFormat.Document;

    /// <summary>The document number (发文字号), e.g. "乌审召政发〔2023〕5号"; null when unnumbered.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>Main recipients (主送机关); joined with 、 and closed with a full-width colon.</summary>
    public IReadOnlyList<string> MainRecipients { get; init; } = [];

    public IReadOnlyList<OfficialBlock> Body { get; init; } = [];

    /// <summary>Names for the attachment note under the body (附件说明); the content goes in <see cref="Appendices"/>.</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];

    /// <summary>The issuing unit's name under the body (发文机关署名).</summary>
    public string? IssuerSignature { get; init; }

    /// <summary>
    /// The date of issue (成文日期). Null only for a draft or a text that another document issues;
    /// then no signature block is printed.
    /// </summary>
    public DateOnly? Date { get; init; }

    /// <summary>A text this document issues (a cover notice's plan), printed on the next page.</summary>
    public IssuedText? Issued { get; init; }

    public IReadOnlyList<OfficialAppendix> Appendices { get; init; } = [];

    /// <summary>Units that receive a copy (抄送机关), printed in the record block (版记) at the end.</summary>
    public IReadOnlyList<string> CopyTo { get; init; } = [];

    /// <summary>The office that prints the document (印发机关), in the record block; a 信函 prints neither it nor the date (GB/T 9704 10.1).</summary>
    public string? PrintedBy { get; init; }

    /// <summary>The printing date (印发日期), in the record block.</summary>
    public DateOnly? PrintedDate { get; init; }

    /// <summary>
    /// Printed on both sides (双面印刷), as 公文 are: the record block then sits at the foot of an even
    /// page, the back of the last sheet (GB/T 9704 7.4): when the text ends on an odd page, or on an
    /// even page without room, the block goes to the foot of the next even page, after a blank page
    /// if need be, and that blank page and the record page carry no page number (7.5). False puts the
    /// block at the foot of whatever page the text ends on.
    /// </summary>
    public bool PrintedBothSides { get; init; } = true;
}
