using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Publicity;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Essays;

public sealed record JournalRow(long Id, string Title, string Issue, string DateText, string UnitName, int Pieces, DateTime? CompiledUtc);

/// <summary>The archive of 内刊 issues in scope and the pieces that may go into one.</summary>
public sealed class JournalDirectory(GuangongDbContext db, Organization.TownNamedUnits townNames, EssayAuthors authors)
{
    public async Task<IReadOnlyList<JournalRow>> ListAsync(CancellationToken ct = default) =>
        await db.Journals.AsNoTracking().OrderByDescending(j => j.Id)
            .Select(j => new JournalRow(j.Id, j.Title, j.Issue, j.DateText, j.Unit!.Name, j.Entries.Count, j.CompiledUtc)).ToListAsync(ct);

    public async Task<Journal?> FindAsync(long id, CancellationToken ct = default) =>
        await db.Journals.AsNoTracking().Include(j => j.Entries).Include(j => j.Unit).Include(j => j.Files.OrderByDescending(f => f.CompiledUtc).ThenByDescending(f => f.Id))
            .SingleOrDefaultAsync(j => j.Id == id, ct);

    /// <summary>An issue in scope whose file this user may open (<see cref="EssayAuthors.MayPrintJournalAsync"/>).</summary>
    public async Task<Journal?> PrintableAsync(long id, CancellationToken ct = default) =>
        await db.Journals.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, ct) is { } journal && await authors.MayPrintJournalAsync(id, ct) ? journal : null;

    /// <summary>One compiled file of an issue in scope (an earlier one too), for a user who may open it.</summary>
    public async Task<(Journal Journal, JournalFile File)?> FileAsync(long fileId, CancellationToken ct = default)
    {
        var file = await db.JournalFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId, ct);
        var journal = file is null ? null : await PrintableAsync(file.JournalId, ct);
        return file is null || journal is null ? null : (journal, file);
    }

    /// <summary>
    /// Winning submissions of the scope's contests and adopted articles of the scope, newest first. A piece is picked by
    /// its title, contest and school: the child's name is for the school and the organiser (<see cref="EssayAuthors"/>).
    /// </summary>
    public async Task<IReadOnlyList<JournalCandidate>> CandidatesAsync(CancellationToken ct = default)
    {
        var pieces = await db.Submissions.AsNoTracking().Where(s => s.Award != null).OrderBy(s => s.ContestId).ThenBy(s => s.Group).ThenBy(s => s.Award).ThenBy(s => s.Rank)
            .Select(s => new { s.Id, s.Title, s.Group, s.Award, Contest = s.Contest!.Title, Unit = s.Unit!.Name, s.UnitPath }).ToListAsync(ct);
        var articles = await db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Adopted).OrderByDescending(a => a.WrittenOn).Take(200)
            .Select(a => new { a.Id, a.Title, Unit = a.Unit!.Name, a.UnitPath, a.WrittenOn }).ToListAsync(ct);
        var named = await townNames.ForAsync(pieces.Select(p => p.UnitPath).Concat(articles.Select(a => a.UnitPath)), ct);
        return
        [
            .. pieces.Select(p => new JournalCandidate("submission", p.Id, p.Title, $"{p.Contest}·{EnumText.Of(p.Group)}·{EnumText.Of(p.Award!.Value)}（{named(p.UnitPath, p.Unit)}）", $"征文获奖作品·{EnumText.Of(p.Group)}")),
            .. articles.Select(a => new JournalCandidate("article", a.Id, a.Title, $"宣传稿件（{named(a.UnitPath, a.Unit)}，{a.WrittenOn:yyyy-MM-dd}）", "工作纪实")),
        ];
    }
}
