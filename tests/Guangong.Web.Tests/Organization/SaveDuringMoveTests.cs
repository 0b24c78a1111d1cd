using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Guangong.Web.Tests.Organization;

/// <summary>
/// A unit's move rewrites the paths of the unit and of every record under it in one transaction. A record saved under
/// that unit meanwhile must not keep the path the move is replacing: the save waits for the move and writes the new
/// path (it read the old one before its transaction, and wrote it after the move had committed).
/// </summary>
public abstract class SaveDuringMoveTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_save_under_a_unit_being_moved_waits_for_the_move_and_writes_the_new_path()
    {
        var from = await App.UnitAsync("焦溪村关工委");
        var to = await App.UnitAsync("郑陆镇关工委");
        var unit = new Unit
        {
            Id = 960_001, ParentId = from.Id, Name = "移动中的关工小组", Level = UnitLevel.Village, Kind = UnitKind.Committee,
            Path = $"{from.Path}960001/", Depth = from.Depth + 1, SortOrder = 99,
        };
        await App.WithDbAsync(db =>
        {
            db.Units.Add(unit);
            return db.SaveChangesAsync();
        });

        // The move, held open after it has rewritten the unit's row.
        var newPath = $"{to.Path}{unit.Id}/";
        await using var moving = App.Services.CreateAsyncScope();
        moving.ServiceProvider.GetRequiredService<DataScope>().Widen();
        var mover = moving.ServiceProvider.GetRequiredService<GuangongDbContext>();
        await using var move = await mover.Database.BeginTransactionAsync();
        await mover.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "Units" SET "Path" = {newPath}, "ParentId" = {to.Id} WHERE "Id" = {unit.Id}""");

        // On a thread of its own: SQLite waits for its lock on the calling thread.
        var save = Task.Run(() => App.WithDbAsync(async db =>
        {
            var person = new Volunteer
            {
                Name = "移动中保存", UnitId = unit.Id, Gender = Gender.Male, BirthYear = 1952, Category = "老教师",
                Status = VolunteerStatus.Active, StatusDate = new DateOnly(2026, 5, 1),
            };
            db.Volunteers.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        }));
        await Task.Delay(800);
        Assert.False(save.IsCompleted, "the save did not wait for the move");
        await move.CommitAsync();

        var id = await save;
        Assert.Equal(newPath, await App.WithDbAsync(db => db.Volunteers.Where(v => v.Id == id).Select(v => v.UnitPath).SingleAsync()));
        var tally = await App.WithDbAsync(db => db.RosterTallies.Where(t => t.UnitId == unit.Id).Select(t => t.UnitPath).Distinct().ToListAsync());
        Assert.Equal([newPath], tally);
    }
}

public sealed class SaveDuringMoveTestsOnSqlite(SqliteAppFixture fixture) : SaveDuringMoveTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class SaveDuringMoveTestsOnPostgres(PostgresAppFixture fixture) : SaveDuringMoveTests(fixture), IClassFixture<PostgresAppFixture>;
