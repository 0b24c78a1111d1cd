using System.Text.Json.Serialization;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Essays;

/// <summary>How the current user stands to a contest: organiser (it lies in their scope), participant (it lies above and names them), judge of some groups.</summary>
public sealed record ContestView(Contest Contest, string UnitName, bool IsOrganiser, bool IsParticipant, IReadOnlyList<EssayGroup> JudgeGroups)
{
    public bool IsJudge => JudgeGroups.Count > 0;
}

public sealed record ContestRow(long Id, string Title, string Organiser, ContestLevel Level, string UnitName, DateOnly SubmissionDeadline, DateOnly JudgingDeadline, int Submissions, string Role);

/// <summary>What the submitting unit and the organiser see of a piece (with the author); judges never get this row.</summary>
public sealed record SubmissionRow(long Id, string Code, EssayGroup Group, string Title, string UnitName, long UnitId, string AuthorName, string? Grade, string? ClassName, string? Adviser,
    int CharacterCount, string? DuplicateOf, bool UnderLength, bool OverLength, AwardLevel? Award, decimal? FinalScore, int? Rank, long Version,
    [property: JsonIgnore] string UnitPath);

/// <summary>A line of the blind sheet: the code and the text, nothing that names a person or a school.</summary>
/// <summary>How far one judge has got: the sheets they saved, of the pieces they are to score.</summary>
public sealed record JudgeProgress(int Scored, int Due);

public sealed record BlindPiece(long Id, string Code, EssayGroup Group, string Title, string Text, int CharacterCount, bool OwnUnit, string? MyPoints, decimal? MyTotal, string? MyComment)
{
    /// <summary>The piece's pictures (ids for /essays/images/{id}), in order.</summary>
    public IReadOnlyList<long> ImageIds { get; init; } = [];
}

/// <summary>The contests a user sees, and each contest as organiser, participant or judge; an id the user has no part in answers like an unknown one.</summary>
public sealed class ContestDirectory(GuangongDbContext db, CurrentUser me, Organization.TownNamedUnits townNames)
{
    public async Task<ContestView?> FindAsync(long id, CancellationToken ct = default)
    {
        var own = await db.Contests.AsNoTracking().Include(c => c.Unit).SingleOrDefaultAsync(c => c.Id == id, ct);
        var groups = await JudgeGroupsAsync(id, ct);
        if (own is not null)
        {
            return new ContestView(own, own.Unit!.Name, true, false, groups);
        }

        Contest? above;
        using (db.Scope.ReadOutside(OutsideReasons.ContestsFromAbove))
        {
            above = await db.Contests.AsNoTracking().Include(c => c.Unit).SingleOrDefaultAsync(c => c.Id == id, ct);
        }

        if (above is null)
        {
            return null;
        }

        var participant = IsParticipant(above);
        return participant || groups.Count > 0 ? new ContestView(above, above.Unit!.Name, false, participant, groups) : null;
    }

    /// <summary>The full name a contest's unit signs its documents with (its issuing profile), if it has one.</summary>
    public async Task<string?> SignerAsync(long unitId, CancellationToken ct = default) =>
        await db.IssuingProfiles.AsNoTracking().Where(p => p.UnitId == unitId).Select(p => p.SignatureName).FirstOrDefaultAsync(ct);

    /// <summary>The groups the current user judges in the contest (the assignments belong to the contest's unit).</summary>
    public async Task<IReadOnlyList<EssayGroup>> JudgeGroupsAsync(long contestId, CancellationToken ct = default)
    {
        using var _ = db.Scope.ReadOutside(OutsideReasons.AssignedJudge);
        return await db.ContestJudges.AsNoTracking().Where(j => j.ContestId == contestId && j.UserId == me.UserId).Select(j => j.Group).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<ContestRow>> ListAsync(CancellationToken ct = default)
    {
        var rows = new Dictionary<long, ContestRow>();
        var own = await db.Contests.AsNoTracking().OrderByDescending(c => c.StartsOn)
            .Select(c => new { c, Unit = c.Unit!.Name, Count = db.Submissions.Count(s => s.ContestId == c.Id) }).ToListAsync(ct);
        var unitIds = own.Select(x => x.c.UnitId).Distinct().ToList();
        var fullNames = unitIds.Count == 0 ? [] : await db.IssuingProfiles.AsNoTracking().Where(p => unitIds.Contains(p.UnitId)).ToDictionaryAsync(p => p.UnitId, p => p.SignatureName, ct);
        foreach (var x in own)
        {
            // A district sees its towns' contests through its scope; it runs them with the town, but did not organise them.
            // A contest another body called is forwarded here, not organised.
            var part = x.c.IsCalledFromAbove(x.Unit, fullNames.GetValueOrDefault(x.c.UnitId)) ? "转发" : "主办";
            rows[x.c.Id] = Row(x.c, x.Unit, x.Count, x.c.UnitId == db.Scope.UnitId ? part : "下级单位" + part);
        }

        var path = db.Scope.Path;
        if (path is not null)
        {
            var ancestors = Ancestors(path);
            List<(Contest Contest, string Unit)> above;
            using (db.Scope.ReadOutside(OutsideReasons.ContestsFromAbove))
            {
                var list = await db.Contests.AsNoTracking().Where(c => ancestors.Contains(c.UnitPath)).Select(c => new { c, Unit = c.Unit!.Name }).ToListAsync(ct);
                above = [.. list.Select(x => (x.c, x.Unit))];
            }

            foreach (var (c, unit) in above.Where(x => IsParticipant(x.Contest)))
            {
                var count = await db.Submissions.CountAsync(s => s.ContestId == c.Id, ct);
                rows.TryAdd(c.Id, Row(c, unit, count, "参赛"));
            }
        }

        List<(Contest Contest, string Unit)> judged;
        using (db.Scope.ReadOutside(OutsideReasons.AssignedJudge))
        {
            var ids = await db.ContestJudges.AsNoTracking().Where(j => j.UserId == me.UserId).Select(j => j.ContestId).Distinct().ToListAsync(ct);
            var list = await db.Contests.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c, Unit = c.Unit!.Name }).ToListAsync(ct);
            judged = [.. list.Select(x => (x.c, x.Unit))];
        }

        foreach (var (c, unit) in judged)
        {
            if (rows.TryGetValue(c.Id, out var existing))
            {
                rows[c.Id] = existing with { Role = existing.Role + "、评委" };
            }
            else
            {
                rows[c.Id] = Row(c, unit, 0, "评委");
            }
        }

        return [.. rows.Values.OrderByDescending(r => r.SubmissionDeadline).ThenByDescending(r => r.Id)];
    }

    /// <summary>
    /// The pieces in scope: all of them for the organiser, the unit's own for a participant. In the groups' order
    /// (小学低年级 first), as the judging table has them; the stored group is its name, which sorts 成人 first.
    /// </summary>
    public async Task<IReadOnlyList<SubmissionRow>> SubmissionsAsync(long contestId, CancellationToken ct = default) =>
        [.. (await townNames.NamedAsync(
            await db.Submissions.AsNoTracking().Where(s => s.ContestId == contestId)
                .Select(s => new SubmissionRow(s.Id, s.Code, s.Group, s.Title, s.Unit!.Name, s.UnitId, s.AuthorName, s.Grade, s.ClassName, s.Adviser, s.CharacterCount, s.DuplicateOf, s.UnderLength, s.OverLength, s.Award, s.FinalScore, s.Rank, s.Version, s.UnitPath))
                .ToListAsync(ct),
            s => s.UnitPath, s => s.UnitName, (s, name) => s with { UnitName = name }, ct)).OrderBy(s => s.Group).ThenBy(s => s.Code, StringComparer.Ordinal)];

    public async Task<Submission?> SubmissionAsync(long contestId, long id, CancellationToken ct = default) =>
        await db.Submissions.AsNoTracking().Include(s => s.Unit).Include(s => s.Images.OrderBy(i => i.Position)).SingleOrDefaultAsync(s => s.Id == id && s.ContestId == contestId, ct);

    /// <summary>
    /// A piece's picture: through the scope (the entering unit, the organiser), else for a judge of the
    /// piece's group who may score it (not their own unit's), as the blind sheet shows it; else null.
    /// </summary>
    public async Task<SubmissionImage?> ImageAsync(long id, CancellationToken ct = default)
    {
        if (await db.SubmissionImages.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) is { } own)
        {
            return own;
        }

        using var _ = db.Scope.ReadOutside(OutsideReasons.AssignedJudge);
        var found = await db.SubmissionImages.AsNoTracking().Where(i => i.Id == id)
            .Join(db.Submissions, i => i.SubmissionId, s => s.Id, (i, s) => new { Image = i, s.ContestId, s.Group, s.UnitId }).SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var judge = await db.ContestJudges.AsNoTracking().FirstOrDefaultAsync(j => j.ContestId == found.ContestId && j.UserId == me.UserId && j.Group == found.Group, ct);
        return judge is not null && (me.HomeUnitId ?? judge.JudgeUnitId) != found.UnitId ? found.Image : null;
    }

    /// <summary>The judge's blind sheet for one group: codes and texts only, with the judge's own scores so far.</summary>
    public async Task<IReadOnlyList<BlindPiece>> BlindSheetAsync(long contestId, EssayGroup group, CancellationToken ct = default)
    {
        using var _ = db.Scope.ReadOutside(OutsideReasons.AssignedJudge);
        var judge = await db.ContestJudges.AsNoTracking().FirstOrDefaultAsync(j => j.ContestId == contestId && j.UserId == me.UserId && j.Group == group, ct);
        if (judge is null)
        {
            return [];
        }

        var unit = me.HomeUnitId ?? judge.JudgeUnitId;
        var pieces = await db.Submissions.AsNoTracking().Where(s => s.ContestId == contestId && s.Group == group).OrderBy(s => s.Code)
            .Select(s => new { s.Id, s.Code, s.Group, s.Title, s.Text, s.CharacterCount, s.UnitId }).ToListAsync(ct);
        var mine = await db.SubmissionScores.AsNoTracking().Where(s => s.ContestId == contestId && s.JudgeUserId == me.UserId).ToDictionaryAsync(s => s.SubmissionId, ct);
        var ids = pieces.Select(p => p.Id).ToList();
        var pictures = (await db.SubmissionImages.AsNoTracking().Where(i => ids.Contains(i.SubmissionId)).OrderBy(i => i.Position).Select(i => new { i.Id, i.SubmissionId }).ToListAsync(ct))
            .ToLookup(i => i.SubmissionId, i => i.Id);
        return [.. pieces.Select(p =>
        {
            mine.TryGetValue(p.Id, out var score);
            var own = p.UnitId == unit;
            return new BlindPiece(p.Id, p.Code, p.Group, p.Title, p.Text, p.CharacterCount, own, score?.Points, score?.Total, score?.Comment) { ImageIds = own ? [] : [.. pictures[p.Id]] };
        })];
    }

    /// <summary>The organiser's view of the judging: every piece's totals, average, spread and award so far.</summary>
    public async Task<(IReadOnlyList<PieceResult> Results, IReadOnlyList<ContestJudge> Judges, IReadOnlyDictionary<long, JudgeProgress> Progress)> ResultsAsync(Contest contest, CancellationToken ct = default)
    {
        var pieces = await db.Submissions.AsNoTracking().Where(s => s.ContestId == contest.Id).ToListAsync(ct);
        var sheets = await db.SubmissionScores.AsNoTracking().Where(s => s.ContestId == contest.Id).ToListAsync(ct);
        var judges = await db.ContestJudges.AsNoTracking().Where(j => j.ContestId == contest.Id).OrderBy(j => j.Group).ThenBy(j => j.JudgeName).ToListAsync(ct);
        var group = pieces.ToDictionary(p => p.Id, p => p.Group);
        // A judge owes a score to every piece of their group except those of their own unit, which they may not score.
        var progress = judges.ToDictionary(j => j.Id, j => new JudgeProgress(
            sheets.Count(s => s.JudgeUserId == j.UserId && group[s.SubmissionId] == j.Group),
            pieces.Count(p => p.Group == j.Group && p.UnitId != j.JudgeUnitId)));
        return (ContestResults.Compute(contest, pieces, sheets), judges, progress);
    }

    /// <summary>Users the organiser may name as judges: active users of its scope.</summary>
    public async Task<IReadOnlyList<(long Id, string Name)>> JudgeChoicesAsync(CancellationToken ct = default) =>
        [.. (await db.Users.AsNoTracking().Where(u => !u.IsDisabled).OrderBy(u => u.UnitPath).ThenBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, Unit = db.Units.Where(x => x.Id == u.HomeUnitId).Select(x => x.Name).FirstOrDefault() }).ToListAsync(ct))
            .Select(u => (u.Id, u.Unit is null ? u.DisplayName : $"{u.DisplayName}（{u.Unit}）"))];

    /// <summary>Whether the current scope may enter a contest that lies above it.</summary>
    private bool IsParticipant(Contest c)
    {
        // Only someone who may enter pieces takes part: a care station's case worker below the town does not.
        var path = db.Scope.Path;
        if (!me.Can(Policies.CanSubmitEssays) || path is null || !path.StartsWith(c.UnitPath, StringComparison.Ordinal) || path == c.UnitPath)
        {
            return false;
        }

        var ids = c.ParticipantIds;
        return ids.Count == 0 || SubtreeFilter.Ids(path).Any(ids.Contains);
    }

    /// <summary>The paths of the units above "/1/3/7/": "/1/", "/1/3/".</summary>
    private static List<string> Ancestors(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return [.. Enumerable.Range(1, Math.Max(0, parts.Length - 1)).Select(n => "/" + string.Join('/', parts.Take(n)) + "/")];
    }

    private static ContestRow Row(Contest c, string unit, int count, string role) =>
        new(c.Id, c.Title, c.Organiser, c.Level, unit, c.SubmissionDeadline, c.JudgingDeadline, count, role);
}
