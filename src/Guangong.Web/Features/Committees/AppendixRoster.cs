using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Committees;

/// <summary>One member of a roster as a plan's appendix lists it (乌审召: 主任 宝音图（党委副书记）).</summary>
public sealed record AppendixMember(int Order, string Role, string Name, string? Post);

/// <summary>
/// Committees' answer to "seat this appendix": the leadership table is this feature's, so another
/// feature (Plans) hands over the members instead of writing the table itself.
/// </summary>
public sealed class AppendixRoster(GuangongDbContext db)
{
    /// <summary>Adds the members as seats of the unit's team, skipping anyone already seated in that role; answers how many were added.</summary>
    public async Task<CommandResult<int>> ApplyAsync(long unitId, IEnumerable<AppendixMember> members, DateOnly? termStart, CancellationToken ct = default)
    {
        var seated = await db.LeadershipPositions.Where(p => p.UnitId == unitId && p.TermEnd == null).Select(p => new { p.Role, p.PersonName }).ToListAsync(ct);
        var added = 0;
        foreach (var member in members.OrderBy(r => r.Order))
        {
            if (seated.Any(s => s.Role == member.Role && s.PersonName == member.Name))
            {
                continue;
            }

            db.LeadershipPositions.Add(new LeadershipPosition
            {
                UnitId = unitId,
                Role = member.Role,
                PersonName = member.Name,
                PostElsewhere = member.Post,
                IsFiveElder = member.Post?.Contains("五老", StringComparison.Ordinal) == true,
                TermStart = termStart,
                SortOrder = (member.Order + 1) * 10,
            });
            added++;
        }

        await db.SaveChangesAsync(ct);
        return CommandResult<int>.Ok(added);
    }
}
