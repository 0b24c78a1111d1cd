using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Essays;

/// <summary>
/// The one gate to a young author's name, grade and class. The privacy baseline keeps minors' details to the owning
/// unit's authorised roles and logs every view. The owning units are the submitting school and those between it and
/// the contest's organiser: a 干事 or 联络员 whose own unit lies at or below the organiser and at or above the piece.
/// The scope alone would also show them to a district viewer or to the district looking at a town's contest; those,
/// like judges, see the piece without its author. An adult author (成人组) is no minor and is shown with the piece.
/// </summary>
public sealed class EssayAuthors(GuangongDbContext db, CurrentUser me)
{
    public const string Hidden = "仅报送单位可见";

    /// <summary>The author as the lists name them: 张小明 三年级(2)班.</summary>
    public static string Line(string name, string? grade, string? className) => $"{name} {grade}{className}".TrimEnd();

    /// <summary>May read the contest's named lists (certificates, winners): its organiser and the units below it.</summary>
    public bool MayName(Contest contest) => MayName(contest.UnitPath);

    public bool MaySee(Contest contest, EssayGroup group, string pieceUnitPath) => MaySee(contest.UnitPath, group, pieceUnitPath);

    /// <param name="contestUnitPath">The path of the unit that runs the contest.</param>
    public bool MaySee(string contestUnitPath, EssayGroup group, string pieceUnitPath) =>
        group == EssayGroup.Adult || (MayName(contestUnitPath) && pieceUnitPath.StartsWith(db.Scope.Path!, StringComparison.Ordinal));

    private bool MayName(string contestUnitPath) =>
        (me.Can(Policies.CanSubmitEssays) || me.Can(Policies.CanRunContests))
        && db.Scope.Path is { } mine && mine.StartsWith(contestUnitPath, StringComparison.Ordinal);

    /// <summary>
    /// Whether every young author an issue prints may be named to this user. Its file prints the bylines as the compiler
    /// could see them, so only such a user opens or compiles it: a district officer would take the names from the file,
    /// or compile it again without them.
    /// </summary>
    public async Task<bool> MayPrintJournalAsync(long journalId, CancellationToken ct)
    {
        var pieces = await db.JournalEntries.Where(e => e.JournalId == journalId && e.SubmissionId != null)
            .Join(db.Submissions, e => e.SubmissionId, s => s.Id, (e, s) => new { s.Group, s.UnitPath, ContestPath = s.Contest!.UnitPath })
            .ToListAsync(ct);
        return pieces.All(p => MaySee(p.ContestPath, p.Group, p.UnitPath));
    }

    /// <summary>The rows as this user may see them; the minors' details shown are logged as one view of the list.</summary>
    public async Task<IReadOnlyList<SubmissionRow>> ShownAsync(Contest contest, IReadOnlyList<SubmissionRow> rows, CancellationToken ct)
    {
        var seen = rows.Select(r => (Row: r, Named: MaySee(contest, r.Group, r.UnitPath))).ToList();
        await LogListAsync($"《{contest.Title}》作品列表", [.. seen.Where(x => x.Named && x.Row.Group != EssayGroup.Adult).Select(x => x.Row.Code)], contest.UnitPath, ct);
        return [.. seen.Select(x => x.Named ? x.Row : x.Row with { AuthorName = Hidden, Grade = null, ClassName = null })];
    }

    /// <summary>Logs the minors' details a list (a contest's pieces, a journal's bylines) shows as one view, naming their codes.</summary>
    public async Task LogListAsync(string list, IReadOnlyList<string> codes, string unitPath, CancellationToken ct)
    {
        if (codes.Count == 0)
        {
            return;
        }

        const int listed = 60;
        var named = string.Join("、", codes.Take(listed)) + (codes.Count > listed ? "等" : null);
        await db.AuditViewAsync(nameof(Submission), null, $"查看征文作者信息：{list}{codes.Count}篇（{named}）", db.Scope.Path ?? unitPath, ct);
    }

    /// <summary>Whether the piece's author may be shown; a minor's shown is logged as a view of that piece.</summary>
    public async Task<bool> ShowAsync(Contest contest, Submission piece, CancellationToken ct)
    {
        if (!MaySee(contest, piece.Group, piece.UnitPath))
        {
            return false;
        }

        if (piece.Group != EssayGroup.Adult)
        {
            await db.AuditViewAsync(nameof(Submission), piece.Id, $"查看征文作者信息：作品{piece.Code}《{piece.Title}》", piece.UnitPath, ct);
        }

        return true;
    }
}
