using Guangong.Web.Features.Publicity;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Stations;

/// <summary>The public site's station directory: stations past planning, never their master or tutors.</summary>
public sealed class PublicStationDirectory(GuangongDbContext db) : IPublicStationDirectory
{
    public async Task<(IReadOnlyList<PublicStation> Rows, int Total)> ListAsync(string unitPath, int skip, int take, CancellationToken ct)
    {
        var q = db.Stations.AsNoTracking().Where(s => s.Stage != StationStage.Planned && s.UnitPath.StartsWith(unitPath));
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(s => s.UnitPath).ThenBy(s => s.Name).Skip(skip).Take(take)
            .Select(s => new PublicStation(s.Name, s.Unit!.Name, s.OpeningHours, s.Phone)).ToListAsync(ct);
        return (rows, total);
    }
}
