using Guangong.Web.Features.People;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Guangong.Web.Tests.People;

/// <summary>
/// Issue 18: the latest visit date kept on the volunteer follows visits added, re-dated, moved to another volunteer and
/// deleted; and the care to-do count and the care list read from it give, in the whole tree and in a town's scope, the
/// same answers as the search of the visits they replaced.
/// </summary>
public abstract class VolunteerCareTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task The_kept_last_visit_gives_the_same_care_answers_as_the_visits()
    {
        var random = new Random(1820);
        var units = await App.WithDbAsync(db => db.Units.AsNoTracking().Where(u => u.IsActive).Select(u => new { u.Id, u.Path }).ToListAsync());
        var today = await App.WithServiceAsync<TimeProvider, DateOnly>(clock => Task.FromResult(ChinaTime.Today(clock)));
        var ids = await App.WithDbAsync(async db =>
        {
            var added = new List<Volunteer>();
            for (var i = 0; i < 30; i++)
            {
                var unit = units[random.Next(units.Count)];
                var v = new Volunteer { UnitId = unit.Id, UnitPath = unit.Path, Name = $"走访五老{i}", Gender = Gender.Male, BirthYear = random.Next(1940, 1965) };
                v.History.Add(VolunteerStatusChange.Apply(v, random.Next(5) == 0 ? VolunteerStatus.Prospective : VolunteerStatus.Active, today.AddDays(-900), null));
                db.Volunteers.Add(v);
                added.Add(v);
            }

            await db.SaveChangesAsync();
            return added.Select(v => (v.Id, v.UnitId, v.UnitPath)).ToList();
        });

        // Visits one save at a time, as the visit form makes them, then re-dated, moved and deleted.
        for (var i = 0; i < 50; i++)
        {
            var (id, unitId, path) = ids[random.Next(ids.Count)];
            await App.WithDbAsync(async db =>
            {
                db.VolunteerVisits.Add(new VolunteerVisit { VolunteerId = id, UnitId = unitId, UnitPath = path, Date = today.AddDays(-random.Next(0, 400)), VisitedBy = "测试", Health = "良好" });
                return await db.SaveChangesAsync();
            });
        }

        var visitIds = await App.WithDbAsync(db => db.VolunteerVisits.Where(w => w.VisitedBy == "测试").Select(w => w.Id).ToListAsync());
        foreach (var visitId in visitIds.OrderBy(_ => random.Next()).Take(20))
        {
            await App.WithDbAsync(async db =>
            {
                var w = await db.VolunteerVisits.SingleAsync(x => x.Id == visitId);
                switch (random.Next(3))
                {
                    case 0: w.Date = today.AddDays(-random.Next(0, 400)); break;
                    case 1:
                        var (to, unitId, path) = ids[random.Next(ids.Count)];
                        (w.VolunteerId, w.UnitId, w.UnitPath) = (to, unitId, path);
                        break;
                    default: db.VolunteerVisits.Remove(w); break;
                }

                return await db.SaveChangesAsync();
            });
        }

        var (kept, fromVisits) = await App.WithDbAsync(async db => (
            await db.Volunteers.AsNoTracking().OrderBy(v => v.Id).Select(v => new { v.Id, v.LastVisitOn }).ToListAsync(),
            await db.Volunteers.AsNoTracking().OrderBy(v => v.Id).Select(v => new { v.Id, LastVisitOn = db.VolunteerVisits.Where(w => w.VolunteerId == v.Id).Max(w => (DateOnly?)w.Date) }).ToListAsync()));
        Assert.Equal(fromVisits, kept);
        Assert.Contains(kept, v => v.LastVisitOn is not null);

        var town = units.Where(u => u.Path.Count(c => c == '/') > 3).OrderBy(u => u.Path.Length).ThenBy(u => u.Id).First();
        foreach (var scope in new (long? Id, string? Path)[] { (null, null), (town.Id, town.Path) })
        {
            await App.WithServiceAsync<IServiceProvider, int>(async sp =>
            {
                var (db, care) = (sp.GetRequiredService<GuangongDbContext>(), sp.GetRequiredService<VolunteerCare>());
                var since = today.AddDays(-care.DefaultDays);
                var due = await db.Volunteers.CountAsync(v => v.Status == VolunteerStatus.Active && !db.VolunteerVisits.Any(w => w.VolunteerId == v.Id && w.Date >= since));
                Assert.Equal(due, await care.DueCountAsync(100_000));

                // The start page counts up to one past its cap ("1000+"), not a province's every volunteer.
                Assert.Equal(Math.Min(due, 3), await care.DueCountAsync(2));
                foreach (var days in new[] { 30, 90, 200 })
                {
                    var old = await db.Volunteers.AsNoTracking().Where(v => v.Status == VolunteerStatus.Active)
                        .Select(v => new { v.Id, LastVisit = db.VolunteerVisits.Where(w => w.VolunteerId == v.Id).Max(w => (DateOnly?)w.Date) })
                        .Where(v => v.LastVisit == null || v.LastVisit < today.AddDays(-days)).ToListAsync();
                    var now = await care.NotVisitedAsync(days);
                    Assert.Equal(old.OrderBy(v => v.Id).Select(v => (v.Id, v.LastVisit)), now.OrderBy(r => r.Id).Select(r => (r.Id, r.LastVisit)));

                    // Sorted in the database (never visited first, then the longest wait, the oldest first) and paged there.
                    Assert.Equal(now.OrderBy(r => r.LastVisit.HasValue).ThenBy(r => r.LastVisit).ThenByDescending(r => r.Age).Select(r => (r.LastVisit, r.Age)), now.Select(r => (r.LastVisit, r.Age)));
                    var second = await care.PageAsync(days, 2);
                    Assert.Equal(now.Count, second.Total);
                    Assert.Equal(now.Skip(second.PageSize * (second.Page - 1)).Take(second.PageSize).Select(r => r.Id), second.Items.Select(r => r.Id));
                }

                return 0;
            }, scope.Id, scope.Path);
        }
    }
}

public sealed class VolunteerCareTestsOnSqlite(SqliteAppFixture fixture) : VolunteerCareTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class VolunteerCareTestsOnPostgres(PostgresAppFixture fixture) : VolunteerCareTests(fixture), IClassFixture<PostgresAppFixture>;
