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
