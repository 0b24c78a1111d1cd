using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>
/// "This unit and everything below it" must be one indexed range, with no join and no recursion,
/// on both databases: read the plans the databases choose for a scoped query.
/// </summary>
public abstract class ScopeFilterPlanTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task The_scoped_unit_query_is_one_range_on_the_path_index()
    {
        var town = await App.UnitAsync("乌审召镇关工委");
        var plan = await App.WithDbAsync(async db =>
        {
            var sql = db.Units.Where(u => u.Name != "").ToQueryString();
            Assert.DoesNotContain("JOIN", sql, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("RECURSIVE", sql, StringComparison.OrdinalIgnoreCase);
            return await ExplainAsync(db, db.Units.Where(u => u.Name != ""));
        }, town.Id, town.Path);

        if (App.Database.Provider == "Sqlite")
        {
            Assert.Contains("USING INDEX IX_Units_Path (Path>? AND Path<?)", plan);
        }
        else
        {
            Assert.Contains("IX_Units_Path", plan);
            Assert.Contains("Index Cond", plan);
        }
    }

    private static async Task<string> ExplainAsync<T>(GuangongDbContext db, IQueryable<T> query)
    {
        var command = query.CreateDbCommand();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            if (db.Database.IsNpgsql())
            {
                // The demo tree is tiny; without this the planner rightly prefers a scan.
                await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
            }

            command.Connection = connection;
            command.CommandText = (db.Database.IsSqlite() ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + command.CommandText;
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetValue(reader.FieldCount - 1)?.ToString() ?? string.Empty);
            }

            return string.Join("\n", lines);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

public sealed class ScopeFilterPlanTestsOnSqlite(SqliteAppFixture fixture) : ScopeFilterPlanTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ScopeFilterPlanTestsOnPostgres(PostgresAppFixture fixture) : ScopeFilterPlanTests(fixture), IClassFixture<PostgresAppFixture>;
