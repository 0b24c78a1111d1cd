using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.People;

/// <summary>
/// The renewal pipeline ("建立健全五老常态化补充机制"): how many are 拟吸纳 and 在册, by layer and
/// by category, and who joined and left in each year.
/// </summary>
public sealed class TeamRenewal(GuangongDbContext db)
{
    public async Task<RenewalReport> ReportAsync(CancellationToken ct = default)
    {
        // Counted in the database: a district's roster and history are a hundred thousand rows each, a few dozen once grouped.
        var people = await db.Volunteers.AsNoTracking().GroupBy(v => new { v.Status, v.Layer, v.Category })
            .Select(g => new { g.Key.Status, g.Key.Layer, g.Key.Category, Count = g.Count() }).ToListAsync(ct);
        var changes = await db.VolunteerStatusChanges.AsNoTracking().GroupBy(c => new { c.Date.Year, c.FromStatus, c.ToStatus })
            .Select(g => new { g.Key.Year, g.Key.FromStatus, g.Key.ToStatus, Count = g.Count() }).ToListAsync(ct);

        var byStatus = Enum.GetValues<VolunteerStatus>().ToDictionary(s => s, s => people.Where(p => p.Status == s).Sum(p => p.Count));
        var byLayer = people.GroupBy(p => p.Layer ?? "未定")
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<VolunteerStatus, int>)g.GroupBy(p => p.Status).ToDictionary(x => x.Key, x => x.Sum(p => p.Count)));
        var byCategory = people.GroupBy(p => p.Category ?? "未分类")
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<VolunteerStatus, int>)g.GroupBy(p => p.Status).ToDictionary(x => x.Key, x => x.Sum(p => p.Count)));

        // Joining is becoming 在册 from nothing or from 拟吸纳; leaving is 退出 or 已故.
        var years = changes.GroupBy(c => c.Year).OrderByDescending(g => g.Key).Select(g => new RenewalYear(
            g.Key,
            g.Where(c => c.ToStatus == VolunteerStatus.Prospective && c.FromStatus is null).Sum(c => c.Count),
            g.Where(c => c.ToStatus == VolunteerStatus.Active && c.FromStatus is null or VolunteerStatus.Prospective).Sum(c => c.Count),
            g.Where(c => c.ToStatus is VolunteerStatus.Withdrawn or VolunteerStatus.Deceased).Sum(c => c.Count))).ToList();
        return new RenewalReport(byStatus, byLayer, byCategory, years);
    }
}

public sealed record RenewalYear(int Year, int Proposed, int Joined, int Left);

public sealed record RenewalReport(
    IReadOnlyDictionary<VolunteerStatus, int> ByStatus,
    IReadOnlyDictionary<string, IReadOnlyDictionary<VolunteerStatus, int>> ByLayer,
    IReadOnlyDictionary<string, IReadOnlyDictionary<VolunteerStatus, int>> ByCategory,
    IReadOnlyList<RenewalYear> Years);
