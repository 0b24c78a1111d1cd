using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Features.Essays;

// The /api/v1/contests and /api/v1/journals answers. Property names are the JSON names (camelCase on the wire).

public sealed record ContestDto(long Id, string Title, string Organiser, string Level, string UnitName, string Theme, IReadOnlyList<string> Groups, string StartsOn, string SubmissionDeadline, string JudgingDeadline,
    int? MinLength, int? MaxLength, IReadOnlyList<ContestCriterion> Criteria, IReadOnlyList<long> ParticipatingUnitIds, bool DropExtremes, decimal DisagreementPoints, string? AwardsOn, string Role, long Version)
{
    public static ContestDto From(ContestView v)
    {
        var c = v.Contest;
        var role = string.Join("、", new[] { v.IsOrganiser ? "主办" : null, v.IsParticipant ? "参赛" : null, v.IsJudge ? "评委" : null }.OfType<string>());
        return new(c.Id, c.Title, c.Organiser, c.Level.ToString(), v.UnitName, c.Theme, [.. c.GroupList.Select(g => g.ToString())], DateText.Iso(c.StartsOn), DateText.Iso(c.SubmissionDeadline), DateText.Iso(c.JudgingDeadline),
            c.MinLength, c.MaxLength, c.CriterionList, c.ParticipantIds, c.DropExtremes, c.DisagreementPoints, c.AwardsOn is { } a ? DateText.Iso(a) : null, role, c.Version);
    }
}

public sealed record SubmissionDto(long Id, string Code, string Group, string Title, int CharacterCount, string? DuplicateOf, bool UnderLength, bool OverLength, string AuthorName, string? Grade, string? ClassName, string? Adviser,
    IReadOnlyList<string> Images)
{
    public static SubmissionDto From(Submission s) => new(s.Id, s.Code, s.Group.ToString(), s.Title, s.CharacterCount, s.DuplicateOf, s.UnderLength, s.OverLength, s.AuthorName, s.Grade, s.ClassName, s.Adviser,
        [.. s.Images.OrderBy(i => i.Position).Select(i => $"/api/v1/contests/images/{i.Id}")]);
}

/// <summary>A .zip of essays: the files imported, and each refused file with why.</summary>
public sealed record ImportReportDto(IReadOnlyList<string> Imported, IReadOnlyList<RejectedFileDto> Rejected)
{
    public static ImportReportDto From(ImportReport r) => new(r.Imported, [.. r.Rejected.Select(x => new RejectedFileDto(x.File, x.Reason))]);
}

public sealed record RejectedFileDto(string File, string Reason);

/// <summary>The organiser's view of one piece's scores.</summary>
public sealed record PieceResultDto(long SubmissionId, string Code, string Group, IReadOnlyList<decimal> Totals, decimal? Average, decimal Spread, bool Disagreement, int? Rank, string? Award)
{
    public static PieceResultDto From(PieceResult r) => new(r.SubmissionId, r.Code, r.Group.ToString(), r.Totals, r.Average, r.Spread, r.Disagreement, r.Rank, r.Award?.ToString());
}

/// <summary>
/// A piece on a judge's anonymous sheet with the judge's own score so far: the code, the title, the text
/// and its pictures, nothing that names the author or the school. Pieces of the judge's own unit are not on it.
/// </summary>
public sealed record BlindScoreDto(long SubmissionId, string Code, string Group, string Title, string Text, int CharacterCount, IReadOnlyList<string> Images, IReadOnlyList<ContestCriterion> Criteria,
    string? Points, decimal? Total, string? Comment)
{
    public static BlindScoreDto From(BlindPiece p, IReadOnlyList<ContestCriterion> criteria) =>
        new(p.Id, p.Code, p.Group.ToString(), p.Title, p.Text, p.CharacterCount, [.. p.ImageIds.Select(i => $"/api/v1/contests/images/{i}")], criteria, p.MyPoints, p.MyTotal, p.MyComment);
}

public sealed record ScoreDto(long SubmissionId, string Points, decimal Total, string? Comment)
{
    public static ScoreDto From(SubmissionScore s) => new(s.SubmissionId, s.Points, s.Total, s.Comment);
}

public sealed record JournalDto(long Id, string Title, string Issue, string DateText, string PageSize, int Entries, long Version)
{
    public static JournalDto From(Journal j) => new(j.Id, j.Title, j.Issue, j.DateText, j.PageSize.ToString(), j.Entries.Count, j.Version);
}

/// <summary>An issue with its pieces and every file compiled for it (newest first; the first is what /docx and /pdf serve).</summary>
public sealed record JournalDetailDto(long Id, string Title, string Issue, string EditingUnit, string DateText, string? Foreword, string PageSize, IReadOnlyList<JournalEntryDto> Entries,
    IReadOnlyList<JournalFileDto> Files, long Version)
{
    public static JournalDetailDto From(Journal j) => new(j.Id, j.Title, j.Issue, j.EditingUnit, j.DateText, j.Foreword, j.PageSize.ToString(),
        [.. j.Entries.OrderBy(e => e.Position).ThenBy(e => e.Id).Select(e => new JournalEntryDto(e.SubmissionId is null ? "article" : "submission", e.SubmissionId ?? e.ArticleId ?? 0, e.Section, e.Position))],
        [.. j.Files.OrderByDescending(f => f.CompiledUtc).ThenByDescending(f => f.Id).Select(f => JournalFileDto.From(f, f.FileKey == j.FileKey))], j.Version);
}

public sealed record JournalEntryDto(string Kind, long Id, string Section, int Order);

/// <summary>One compiled file of an issue; earlier ones stay downloadable at <see cref="Url"/>.</summary>
public sealed record JournalFileDto(long Id, string Sha256, long SizeBytes, DateTime CompiledUtc, string CompiledBy, bool Latest, string Url)
{
    public static JournalFileDto From(JournalFile f, bool latest) => new(f.Id, f.FileSha256, f.SizeBytes, f.CompiledUtc, f.CompiledBy, latest, $"/api/v1/journals/files/{f.Id}");
}

public sealed record CompiledJournalDto(long Id, string? FileSha256, DateTime? CompiledUtc, long Version)
{
    public static CompiledJournalDto From(Journal j) => new(j.Id, j.FileSha256, j.CompiledUtc, j.Version);
}
