using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.People;

/// <summary>A volunteer who moves to another unit takes their history and visits along (the form and the import both move people).</summary>
internal static class VolunteerTransfer
{
    public static async Task MoveAsync(GuangongDbContext db, Volunteer volunteer, RosterUnit unit, CancellationToken ct)
    {
        foreach (var change in await db.VolunteerStatusChanges.Where(c => c.VolunteerId == volunteer.Id).ToListAsync(ct))
        {
            change.UnitId = unit.Id;
            change.UnitPath = unit.Path;
        }

        foreach (var visit in await db.VolunteerVisits.Where(c => c.VolunteerId == volunteer.Id).ToListAsync(ct))
        {
            visit.UnitId = unit.Id;
            visit.UnitPath = unit.Path;
        }

        volunteer.UnitPath = unit.Path;
    }
}
