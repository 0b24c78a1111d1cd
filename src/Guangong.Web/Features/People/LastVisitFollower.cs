using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Guangong.Web.Features.People;

/// <summary>
/// Keeps <see cref="Volunteer.LastVisitOn"/> with the visits: before a save it notes the volunteers (old and new) of
/// every visit added, deleted or whose date or volunteer changed; after it, inside the save's transaction, it sets their
/// latest visit date again from their visits (by the (VolunteerId, Date) index). A copy of the visits' own dates, so it
/// is not audited (the visits are) and does not touch the volunteer's version: an edit of the volunteer open meanwhile
/// is not refused for it.
/// </summary>
public sealed class LastVisitFollower : ISaveFollower
{
    public Func<GuangongDbContext, CancellationToken, Task>? Capture(ChangeTracker tracker)
    {
        List<VolunteerVisit>? after = null;
        HashSet<long>? before = null;
        foreach (var entry in tracker.Entries<VolunteerVisit>())
        {
            if (entry.State == EntityState.Modified && !entry.Property(nameof(VolunteerVisit.Date)).IsModified
                && !entry.Property(nameof(VolunteerVisit.VolunteerId)).IsModified)
            {
                continue;
            }

            // A visit added with a volunteer added in the same save has the volunteer's id only after it: read then.
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                (after ??= []).Add(entry.Entity);
            }

            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                (before ??= []).Add((long)entry.OriginalValues[nameof(VolunteerVisit.VolunteerId)]!);
            }
        }

        foreach (var visit in tracker.AddedUntracked<VolunteerVisit>())
        {
            (after ??= []).Add(visit);
        }

        if (after is null && before is null)
        {
            return null;
        }

        return (db, ct) => SetAsync(db, [.. (before ?? []).Concat((after ?? []).Select(v => v.VolunteerId))], ct);
    }

    /// <summary>Sets the volunteers' latest visit dates from their visits, one statement each in id order.</summary>
    private static async Task SetAsync(GuangongDbContext db, HashSet<long> volunteers, CancellationToken ct)
    {
        foreach (var id in volunteers.Order())
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""UPDATE "Volunteers" SET "LastVisitOn" = (SELECT MAX(w."Date") FROM "VolunteerVisits" w WHERE w."VolunteerId" = {id}) WHERE "Id" = {id}""", ct);
        }
    }
}
