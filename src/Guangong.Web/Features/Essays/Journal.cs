using Guangong.Documents.Journals;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Essays;

/// <summary>
/// An issue of the unit's 内刊: cover, 卷首语 and the chosen pieces in sections. Compiling writes
/// the .docx into the archive (<see cref="FileKey"/>); every compiled issue keeps its file.
/// </summary>
public class Journal : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    /// <summary>The journal's name without 《》, e.g. 银龄关爱，同行致远.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>e.g. 第五期.</summary>
    public string Issue { get; set; } = string.Empty;

    public string EditingUnit { get; set; } = string.Empty;

    /// <summary>The date on the cover as the editor typed it ("2026年12月"); never filled in by the app.</summary>
    public string DateText { get; set; } = string.Empty;

    public string? Foreword { get; set; }

    public JournalPageSize PageSize { get; set; }

    /// <summary>The compiled .docx under the data folder; null until compiled.</summary>
    public string? FileKey { get; set; }

    public string? FileSha256 { get; set; }

    public DateTime? CompiledUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }

    public List<JournalEntry> Entries { get; set; } = [];

    /// <summary>Every file compiled for the issue, the latest being <see cref="FileKey"/>.</summary>
    public List<JournalFile> Files { get; set; } = [];
}

/// <summary>A piece placed in a journal: a winning submission or an adopted article, in a section, in order.</summary>
public class JournalEntry : IUnitOwned
{
    public long Id { get; set; }

    public long JournalId { get; set; }

    public string Section { get; set; } = string.Empty;

    public int Position { get; set; }

    public long? SubmissionId { get; set; }

    public long? ArticleId { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;
}
