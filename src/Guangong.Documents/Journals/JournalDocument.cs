using System.ComponentModel.DataAnnotations;

namespace Guangong.Documents.Journals;

/// <summary>The printed size of a 内刊.</summary>
public enum JournalPageSize
{
    /// <summary>A5, 148 × 210 mm.</summary>
    [Display(Name = "A5（148×210 mm）")] A5,

    /// <summary>16开, 184 × 260 mm.</summary>
    [Display(Name = "16开（184×260 mm）")] Sixteenmo,
}

/// <summary>
/// A picture of a piece. The writer opens it when it writes it and closes it right after, so a
/// journal of a hundred pictures never holds more than one in memory.
/// </summary>
/// <param name="Open">Opens the picture's bytes (a file, a stored upload).</param>
/// <param name="ContentType">image/jpeg or image/png.</param>
public sealed record JournalImage(Func<Stream> Open, int WidthPx, int HeightPx, string ContentType = "image/jpeg", string? Caption = null);

/// <summary>One piece of the journal: an essay or an article.</summary>
public sealed record JournalPiece
{
    public required string Title { get; init; }

    /// <summary>The byline under the title, e.g. "焦溪小学 三年级（2）班 张三　指导老师：王芳".</summary>
    public string? Byline { get; init; }

    public required IReadOnlyList<string> Paragraphs { get; init; }

    public IReadOnlyList<JournalImage> Images { get; init; } = [];
}

/// <summary>A section (栏目) of the journal, e.g. 征文获奖作品·小学组.</summary>
public sealed record JournalSection(string Title, IReadOnlyList<JournalPiece> Pieces);

/// <summary>
/// A 内刊 issue as the editor arranged it: cover, 卷首语, sections of pieces in order. The date is the
/// text the editor typed (e.g. "2026年12月"); the writer never fills in the day it runs.
/// </summary>
public sealed record JournalDocument
{
    /// <summary>The journal's name, e.g. 银龄关爱，同行致远 (printed in 《》).</summary>
    public required string Title { get; init; }

    /// <summary>The issue, e.g. 第五期.</summary>
    public required string Issue { get; init; }

    public required string EditingUnit { get; init; }

    public required string DateText { get; init; }

    /// <summary>卷首语; paragraphs separated by line breaks. None printed when empty.</summary>
    public string? Foreword { get; init; }

    public required IReadOnlyList<JournalSection> Sections { get; init; }

    public JournalPageSize PageSize { get; init; } = JournalPageSize.A5;
}
