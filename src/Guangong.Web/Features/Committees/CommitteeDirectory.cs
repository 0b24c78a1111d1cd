using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Committees;

/// <summary>Reads committees: their teams, member units and checklist, and whether they meet the rules that apply to them.</summary>
public sealed class CommitteeDirectory(GuangongDbContext db, Organization.UnitTreeOrder treeOrder, Organization.TownNamedUnits townNames, TimeProvider clock)
{
    /// <summary>Units that have a 关工委 of their own: committees at every level, schools and companies.</summary>
    public static readonly UnitKind[] CommitteeKinds = [UnitKind.Committee, UnitKind.School, UnitKind.Kindergarten, UnitKind.Enterprise];

    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IReadOnlyList<CommitteeRow>> ListAsync(string? q, CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive && CommitteeKinds.Contains(u.Kind))
            .Where(u => q == null || u.Name.Contains(q))
            .Select(u => new { u.Id, u.Name, u.Path, u.Depth, u.CreatedUtc })
            .ToListAsync(ct);
        units = await treeOrder.SortAsync(units, u => u.Path, ct);
        var seats = await SeatsByUnitAsync(ct);
        var rules = await RulesAsync(ct);
        var today = Today;
        return units.Select(u =>
        {
            var team = seats.GetValueOrDefault(u.Id) ?? [];
            var failing = Evaluate(u.Path, team, rules, today, DateOnly.FromDateTime(u.CreatedUtc)).Where(r => r.FailingSince is not null).ToList();
            return new CommitteeRow(u.Id, u.Name, u.Depth, team.Count(s => !s.Vacant && s.Covers(today)), team.Count(s => s.Vacant && s.Covers(today)),
                failing.Count, failing.Any(f => f.Overdue));
        }).ToList();
    }

    public async Task<CommitteeDetail?> DetailAsync(long unitId, int year, CancellationToken ct = default)
    {
        var unit = await db.FindInScopeAsync<Unit>(unitId, ct);
        if (unit is null)
        {
            return null;
        }

        var positions = await db.LeadershipPositions.AsNoTracking().Where(p => p.UnitId == unitId)
            .OrderBy(p => p.TermEnd != null && p.TermEnd < Today).ThenBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(ct);
        var members = await db.MemberUnits.AsNoTracking().Where(m => m.UnitId == unitId).OrderBy(m => m.Id).ToListAsync(ct);
        var checklist = await db.CommitteeChecklists.AsNoTracking().SingleOrDefaultAsync(c => c.UnitId == unitId && c.Year == year, ct);
        var rules = await RulesAsync(ct);
        var results = Evaluate(unit.Path, positions.Select(Seat).ToList(), rules, Today, DateOnly.FromDateTime(unit.CreatedUtc));
        return new CommitteeDetail(unit, positions, members, checklist, results);
    }

    /// <summary>Every committee in scope that does not meet a rule today, with since when and whether the deadline has passed.</summary>
    public async Task<IReadOnlyList<ComplianceLine>> ComplianceAsync(CancellationToken ct = default)
    {
        var units = await treeOrder.SortAsync(await db.Units.AsNoTracking().Where(u => u.IsActive && CommitteeKinds.Contains(u.Kind))
            .Select(u => new { u.Id, u.Name, u.Path, u.CreatedUtc }).ToListAsync(ct), u => u.Path, ct);
        var seats = await SeatsByUnitAsync(ct);
        var rules = await RulesAsync(ct);
        var today = Today;
        return units.SelectMany(u => Evaluate(u.Path, seats.GetValueOrDefault(u.Id) ?? [], rules, today, DateOnly.FromDateTime(u.CreatedUtc))
                .Where(r => r.FailingSince is not null)
                .Select(r => new ComplianceLine(u.Id, u.Name, r.Rule, r.FailingSince!.Value, r.Overdue, !seats.ContainsKey(u.Id))))
            .OrderByDescending(l => l.Overdue).ThenBy(l => l.FailingSince).ToList();
    }

    /// <summary>
    /// How many active committees in the subtree at <paramref name="path"/> (itself included) meet every rule that applies
    /// to them on a day (by the terms of office on record), and how many do not, per child's subtree (under the path up to
    /// the child's segment; the unit's own path for itself): the 关工委达标 indicator of the statistics, read as of a
    /// period's last day. A committee with a team on record is judged as <see cref="Evaluate"/> does; one without meets
    /// exactly when no rule applies to it (an empty team meets none), so those are counted in the database, a province's
    /// 24,000 committees as a few dozen counts, a count per rule-setting unit inside the subtree.
    /// </summary>
    public async Task<IReadOnlyList<(string Path, bool Meets, int Count)>> MeetingRulesAsync(string path, DateOnly day, IReadOnlyList<UnitsBelow> below, CancellationToken ct = default)
    {
        var (end, length) = (SubtreeFilter.End(path), path.Length);
        var counts = new Dictionary<(string Path, bool Meets), int>();
        void Add(string at, bool meets, int count) => counts[(at, meets)] = counts.GetValueOrDefault((at, meets)) + count;
        var committees = db.Units.AsNoTracking().Where(u => u.IsActive && CommitteeKinds.Contains(u.Kind));
        var rules = await RulesAsync(ct);

        var seats = (await db.LeadershipPositions.AsNoTracking().InSubtree(path, db.Scope).ToListAsync(ct))
            .GroupBy(p => p.UnitId).ToDictionary(g => g.Key, g => g.Select(Seat).ToList());
        foreach (var u in await committees.Where(u => string.Compare(u.Path, path) >= 0 && string.Compare(u.Path, end) < 0 && db.LeadershipPositions.Any(p => p.UnitId == u.Id))
                     .Select(u => new { u.Id, u.Path, u.CreatedUtc }).ToListAsync(ct))
        {
            var meets = Evaluate(u.Path, seats.GetValueOrDefault(u.Id) ?? [], rules, day, DateOnly.FromDateTime(u.CreatedUtc)).All(r => r.FailingSince is null);
            Add(u.Path.Length == length ? path : u.Path[..(length + u.Path.AsSpan(length).IndexOf('/') + 1)], meets, 1);
        }

        // Without a team: failing under the rule-setting units (those above the subtree cover all of it), meeting elsewhere.
        async Task<List<(string Child, int Count)>> WithoutTeamAsync(string from)
        {
            var to = SubtreeFilter.End(from);
            return [.. (await committees.Where(u => string.Compare(u.Path, from) >= 0 && string.Compare(u.Path, to) < 0 && !db.LeadershipPositions.Any(p => p.UnitId == u.Id))
                    .GroupBy(u => u.Path.Substring(0, length + u.Path.Substring(length).IndexOf("/") + 1))
                    .Select(g => new { Child = g.Key, Count = g.Count() }).ToListAsync(ct))
                .Select(g => (g.Child, g.Count))];
        }

        var ruled = rules.Select(r => r.UnitPath).Where(p => path.StartsWith(p, StringComparison.Ordinal) || p.StartsWith(path, StringComparison.Ordinal))
            .Select(p => p.Length < length ? path : p).Distinct().ToList();
        var outermost = ruled.Where(p => !ruled.Any(q => q != p && p.StartsWith(q, StringComparison.Ordinal))).ToList();
        foreach (var group in below.Where(b => !b.HasTeam && CommitteeKinds.Contains(b.Kind)))
        {
            Add(group.Child, true, group.Count);
        }

        foreach (var from in outermost)
        {
            foreach (var (child, count) in await WithoutTeamAsync(from))
            {
                Add(child, true, -count);
                Add(child, false, count);
            }
        }

        return [.. counts.Where(c => c.Value != 0).Select(c => (c.Key.Path, c.Key.Meets, c.Value))];
    }

    /// <summary>
    /// The active rules that apply inside the scope: those set within it, and those set by the units
    /// above it (a district's rule binds its towns). Reading a superior's rules is the one place the
    /// scope filter is widened on purpose: the rule is an instruction to this unit, not another unit's data.
    /// </summary>
    public async Task<IReadOnlyList<LeadershipRule>> RulesAsync(CancellationToken ct = default)
    {
        var ancestors = db.Scope.Path is { } path ? AncestorPaths(path) : [];
        var (from, to) = (db.ScopeFrom, db.ScopeTo);
        using var _ = db.Scope.ReadOutside(OutsideReasons.RulesFromAbove);
        return await db.LeadershipRules.AsNoTracking()
            .Where(r => r.IsActive)
            .Where(r => ancestors.Contains(r.UnitPath) || (string.Compare(r.UnitPath, from) >= 0 && string.Compare(r.UnitPath, to) < 0))
            .OrderBy(r => r.DueDate).ToListAsync(ct);
    }

    public static IReadOnlyList<RuleResult> Evaluate(string committeePath, IReadOnlyCollection<RuleEvaluator.Seat> team, IEnumerable<LeadershipRule> rules, DateOnly today, DateOnly recordsStart) =>
        rules.Where(r => committeePath.StartsWith(r.UnitPath, StringComparison.Ordinal))
            .GroupBy(r => r.Kind)
            .Select(g => g.OrderBy(r => r.DueDate).First())
            .Select(r =>
            {
                var since = RuleEvaluator.FailingSince(r.Kind, team, today, recordsStart);
                return new RuleResult(r, since, since is not null && today > r.DueDate);
            })
            .ToList();

    public static RuleEvaluator.Seat Seat(LeadershipPosition p) => new(p.Role, p.IsVacant, p.IsFiveElder, p.TermStart, p.TermEnd);

    /// <summary>
    /// The active units of a subtree (itself included, under its own path) counted per child's subtree (the path up to the
    /// child's segment), kind, and whether a team is on record: one pass over a province's 24,000 units for the statistics'
    /// units below and committees without a team.
    /// </summary>
    public async Task<List<UnitsBelow>> UnitsBelowAsync(string path, CancellationToken ct = default)
    {
        var (end, length) = (SubtreeFilter.End(path), path.Length);

        // The subtree's seats as one set (hashed once) rather than a lookup per unit: a third of the time at a province.
        var seated = db.LeadershipPositions.InSubtree(path, db.Scope).Select(p => p.UnitId);
        return [.. (await db.Units.AsNoTracking().Where(u => u.IsActive && string.Compare(u.Path, path) >= 0 && string.Compare(u.Path, end) < 0)
                .GroupBy(u => new { Child = u.Path.Substring(0, length + u.Path.Substring(length).IndexOf("/") + 1), u.Kind, HasTeam = seated.Contains(u.Id) })
                .Select(g => new { g.Key.Child, g.Key.Kind, g.Key.HasTeam, Count = g.Count() }).ToListAsync(ct))
            .Select(g => new UnitsBelow(g.Child, g.Kind, g.HasTeam, g.Count))];
    }

    private async Task<Dictionary<long, List<RuleEvaluator.Seat>>> SeatsByUnitAsync(CancellationToken ct) =>
        (await db.LeadershipPositions.AsNoTracking().ToListAsync(ct))
            .GroupBy(p => p.UnitId).ToDictionary(g => g.Key, g => g.Select(Seat).ToList());

    private static List<string> AncestorPaths(string path)
    {
        var ids = path.Trim('/').Split('/');
        return Enumerable.Range(1, ids.Length - 1).Select(n => "/" + string.Join('/', ids.Take(n)) + "/").ToList();
    }

    /// <summary>The scope's correspondents by their units in the tree's order, each unit named as the reader names it (a district's with its town).</summary>
    public async Task<IReadOnlyList<(Correspondent Correspondent, string UnitName)>> CorrespondentsAsync(CancellationToken ct = default)
    {
        var rows = await treeOrder.SortAsync(await db.Correspondents.AsNoTracking().Include(c => c.Unit).OrderBy(c => c.Name).ToListAsync(ct), c => c.UnitPath, ct);
        var named = await townNames.ForAsync(rows.Select(c => c.UnitPath), ct);
        return [.. rows.Select(c => (c, c.Unit is null ? string.Empty : named(c.UnitPath, c.Unit.Name)))];
    }

    public Task<Correspondent?> CorrespondentAsync(long id, CancellationToken ct = default) => db.FindInScopeAsync<Correspondent>(id, ct);

    /// <summary>A seat to edit, with the name of its committee; null when it is not in the scope.</summary>
    public async Task<(LeadershipPosition Position, string UnitName)?> PositionAsync(long id, CancellationToken ct = default)
    {
        var found = await db.FindInScopeAsync<LeadershipPosition>(id, ct);
        return found is null ? null
            : (found, await db.Units.Where(u => u.Id == found.UnitId).Select(u => u.Name).SingleOrDefaultAsync(ct) ?? string.Empty);
    }
}

public sealed record CommitteeRow(long UnitId, string Name, int Depth, int Members, int Vacancies, int FailingRules, bool Overdue);

public sealed record RuleResult(LeadershipRule Rule, DateOnly? FailingSince, bool Overdue)
{
    /// <summary>
    /// Why the rule is not met, in words that never contradict themselves: a committee whose records begin after the
    /// deadline is not said to fail "since" a day later than the deadline it missed.
    /// </summary>
    public string FailingText(bool hasTeam)
    {
        var due = Infrastructure.Time.ChinaTime.Date(Rule.DueDate);
        var late = Overdue ? "，已逾期" : null;
        return FailingSince switch
        {
            null => string.Empty,
            _ when !hasTeam => $"（尚未录入班子；期限{due}{late}）",
            { } since when since > Rule.DueDate => $"（期限{due}{late}；自{Infrastructure.Time.ChinaTime.Date(since)}有记录以来一直未达标）",
            { } since => $"（自{Infrastructure.Time.ChinaTime.Date(since)}起；期限{due}{late}）",
        };
    }
}

public sealed record ComplianceLine(long UnitId, string Name, LeadershipRule Rule, DateOnly FailingSince, bool Overdue, bool NoTeam);

public sealed record CommitteeDetail(Unit Unit, IReadOnlyList<LeadershipPosition> Positions, IReadOnlyList<MemberUnit> Members, CommitteeChecklist? Checklist, IReadOnlyList<RuleResult> Rules);

/// <summary>How many active units of a kind, with or without a team on record, a child's subtree holds (<see cref="CommitteeDirectory.UnitsBelowAsync"/>).</summary>
public sealed record UnitsBelow(string Child, UnitKind Kind, bool HasTeam, int Count);
