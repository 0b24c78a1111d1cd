using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.People;

/// <summary>
/// The renewal pipeline ("建立健全五老常态化补充机制"): how many are 拟吸纳 and 在册, by layer and
/// by category, and who was proposed, joined and left in each year (a year with none of them is not listed).
/// </summary>
public sealed class TeamRenewal(GuangongDbContext db, IRosterCount roster)
{
    private const string NoLayer = "未定";

    private const string NoCategory = "未分类";

    public async Task<RenewalReport> ReportAsync(CancellationToken ct = default)
    {
        // A district's roster and history are a hundred thousand rows each (0.2 s grouped at the county). Those on the roster
        // come from the subtree tally and the joining and leaving from the monthly roll-ups, both kept with every save; the
        // others (拟吸纳, 暂停, 退出, 已故) are grouped from the index of status and path, which holds the layer and category.
        var (activeByCategory, activeByLayer) = await roster.ActiveByAsync(ct);
        var others = await db.Volunteers.AsNoTracking()
            .Where(v => v.Status == VolunteerStatus.Prospective || v.Status == VolunteerStatus.Suspended || v.Status == VolunteerStatus.Withdrawn || v.Status == VolunteerStatus.Deceased)
            .GroupBy(v => new { v.Status, v.Layer, v.Category })
            .Select(g => new { g.Key.Status, g.Key.Layer, g.Key.Category, Count = g.Count() }).ToListAsync(ct);

        var byStatus = Enum.GetValues<VolunteerStatus>().ToDictionary(s => s, s => s == VolunteerStatus.Active ? activeByCategory.Values.Sum() : others.Where(p => p.Status == s).Sum(p => p.Count));
        var byLayer = Breakdown(activeByLayer, others.Select(p => (Key: string.IsNullOrEmpty(p.Layer) ? NoLayer : p.Layer, p.Status, p.Count)), NoLayer);
        var byCategory = Breakdown(activeByCategory, others.Select(p => (Key: string.IsNullOrEmpty(p.Category) ? NoCategory : p.Category, p.Status, p.Count)), NoCategory);

        // Proposals (拟吸纳 from nothing) are few; their own small index finds them.
        var proposed = await db.VolunteerStatusChanges.AsNoTracking()
            .Where(c => c.ToStatus == VolunteerStatus.Prospective && c.FromStatus == null)
            .GroupBy(c => c.Date.Year).Select(g => new { Year = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Year, g => g.Count, ct);
        var moves = await roster.MovesByYearAsync(ct);
        var years = moves.Keys.Union(proposed.Keys).OrderDescending()
            .Select(y => new RenewalYear(y, proposed.GetValueOrDefault(y), moves.GetValueOrDefault(y).Joined, moves.GetValueOrDefault(y).Left)).ToList();
        return new RenewalReport(byStatus, byLayer, byCategory, years);
    }

    /// <summary>A breakdown's rows by status: those on the roster (an empty key is the unfilled one) beside the others.</summary>
    private static Dictionary<string, IReadOnlyDictionary<VolunteerStatus, int>> Breakdown(IReadOnlyDictionary<string, int> active, IEnumerable<(string Key, VolunteerStatus Status, int Count)> others, string unfilled) =>
        active.Select(a => (Key: a.Key.Length == 0 ? unfilled : a.Key, Status: VolunteerStatus.Active, Count: a.Value)).Concat(others)
            .GroupBy(r => r.Key)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<VolunteerStatus, int>)g.GroupBy(r => r.Status).ToDictionary(x => x.Key, x => x.Sum(r => r.Count)));
}

public sealed record RenewalYear(int Year, int Proposed, int Joined, int Left);

public sealed record RenewalReport(
    IReadOnlyDictionary<VolunteerStatus, int> ByStatus,
    IReadOnlyDictionary<string, IReadOnlyDictionary<VolunteerStatus, int>> ByLayer,
    IReadOnlyDictionary<string, IReadOnlyDictionary<VolunteerStatus, int>> ByCategory,
    IReadOnlyList<RenewalYear> Years);
