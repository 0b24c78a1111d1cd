using Guangong.Web.Features.People;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Statistics;

/// <summary>
/// Random roster saves as the roster's pages make them, one edit per save: 40 volunteers added (a quarter prospective),
/// then 30 of them edited, given a status change, moved to another unit with their history, deleted or (with
/// <c>renames</c>) renamed. The workload the kept roster figures are checked under; categories and layers are named after
/// <c>tag</c> so the test can find its own.
/// </summary>
internal static class RosterChurn
{
    public static async Task<(string[] Categories, string[] Layers)> RunAsync(GuangongApp app, Random random, IReadOnlyList<(long Id, string Path)> units, string tag, bool renames)
    {
        string[] categories = [$"{tag}甲类", $"{tag}乙类", $"{tag}丙类"], layers = [$"{tag}核心", $"{tag}骨干", $"{tag}参与"];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var ids = await app.WithDbAsync(async db =>
        {
            var added = new List<Volunteer>();
            for (var i = 0; i < 40; i++)
            {
                var unit = units[random.Next(units.Count)];
                var v = new Volunteer { UnitId = unit.Id, UnitPath = unit.Path, Name = $"{tag}五老{i}", Gender = Gender.Female, BirthYear = random.Next(1940, 1970), Category = categories[random.Next(3)], Layer = layers[random.Next(3)] };
                v.History.Add(VolunteerStatusChange.Apply(v, random.Next(4) == 0 ? VolunteerStatus.Prospective : VolunteerStatus.Active, today.AddDays(-random.Next(900, 1400)), null));
                db.Volunteers.Add(v);
                added.Add(v);
            }

            await db.SaveChangesAsync();
            return added.Select(v => v.Id).ToList();
        });

        // People added without the tracker, as a roster import adds them: their units' rows are added to, not recounted. The
        // same save edits one of the people above, whose unit is recounted instead, the new people there with the rest.
        await app.WithDbAsync(async db =>
        {
            var edited = await db.Volunteers.SingleAsync(x => x.Id == ids[0]);
            edited.Category = categories[random.Next(3)];
            var people = new List<Volunteer>();
            for (var i = 0; i < 24; i++)
            {
                var unit = i % 4 == 0 ? (edited.UnitId, edited.UnitPath) : units[random.Next(units.Count)];
                var joinedOn = today.AddDays(-random.Next(0, 1200));
                var v = new Volunteer { UnitId = unit.Item1, UnitPath = unit.Item2, Name = $"{tag}新人{i}", Gender = Gender.Male, BirthYear = random.Next(1940, 1970), Category = categories[random.Next(3)], Layer = layers[random.Next(3)], Status = random.Next(4) == 0 ? VolunteerStatus.Prospective : VolunteerStatus.Active, StatusDate = joinedOn };
                v.History.Add(new VolunteerStatusChange { UnitId = v.UnitId, UnitPath = v.UnitPath, ToStatus = v.Status, Date = joinedOn, Note = "录入名册" });
                if (i % 3 == 0 && v.Status == VolunteerStatus.Active)
                {
                    // Joined, and left since: the roster of now without them, the years between with them.
                    var leftOn = joinedOn.AddDays(random.Next(0, today.DayNumber - joinedOn.DayNumber + 1));
                    v.History.Add(new VolunteerStatusChange { UnitId = v.UnitId, UnitPath = v.UnitPath, FromStatus = VolunteerStatus.Active, ToStatus = VolunteerStatus.Withdrawn, Date = leftOn });
                    (v.Status, v.StatusDate) = (VolunteerStatus.Withdrawn, leftOn);
                }

                people.Add(v);
            }

            db.AddUntracked(people);
            return await db.SaveChangesAsync();
        });

        foreach (var id in ids.OrderBy(_ => random.Next()).Take(30))
        {
            await app.WithDbAsync(async db =>
            {
                var v = await db.Volunteers.SingleAsync(x => x.Id == id);
                switch (random.Next(renames ? 5 : 4))
                {
                    case 0: (v.Category, v.Layer, v.BirthYear) = (categories[random.Next(3)], layers[random.Next(3)], random.Next(1940, 1970)); break;
                    case 1: db.VolunteerStatusChanges.Add(VolunteerStatusChange.Apply(v, v.Status == VolunteerStatus.Active ? VolunteerStatus.Withdrawn : VolunteerStatus.Active, today.AddDays(-random.Next(0, 500)), null)); break;
                    case 2:
                        var to = units[random.Next(units.Count)];
                        (v.UnitId, v.UnitPath) = (to.Id, to.Path);
                        foreach (var c in await db.VolunteerStatusChanges.Where(c => c.VolunteerId == id).ToListAsync())
                        {
                            (c.UnitId, c.UnitPath) = (to.Id, to.Path);
                        }

                        break;
                    case 3: db.Volunteers.Remove(v); break;
                    default: v.Name += "改"; break;
                }

                return await db.SaveChangesAsync();
            });
        }

        return (categories, layers);
    }
}
