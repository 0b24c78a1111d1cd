using System.Text.Json;
using Guangong.Web;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Statistics;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Guangong.Bench;

/// <summary>
/// Issue 18.2 (b) at the size it is for: the dashboard of a city or a province generated on PostgreSQL
/// (<c>generate --preset city|province</c>), the app's figures from the roll-ups against the raw GROUP BY over the
/// records (the same three statements as the SQLite case, in PostgreSQL's dialect), in one run.
/// <c>GUANGONG_BENCH_PG</c> is the connection string; <c>GUANGONG_BENCH_UNIT</c> the unit whose viewer asks (江苏省关工委
/// unless said). Target: the province's from roll-ups under 50 ms and ≥ 100× faster than the raw statements.
/// </summary>
internal static class DashboardAtScale
{
    public static async Task QuickAsync(TextWriter output)
    {
        var connection = Environment.GetEnvironmentVariable("GUANGONG_BENCH_PG") ?? throw new InvalidOperationException("Set GUANGONG_BENCH_PG to a generated city's or province's PostgreSQL connection string.");
        var unitName = Environment.GetEnvironmentVariable("GUANGONG_BENCH_UNIT") ?? "江苏省关工委";
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["Database:Provider"] = "Postgres";
        builder.Configuration["ConnectionStrings:Guangong"] = connection;
        builder.Configuration["DataDir"] = Path.Combine(Path.GetTempPath(), "guangong-bench-dashboard");
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.AddGuangongPlatform();
        await using var app = builder.Build();
        await using var bare = new NpgsqlConnection(connection);
        await bare.OpenAsync();

        long unitId;
        string path;
        int year;
        await using (var command = new NpgsqlCommand("""SELECT "Id", "Path", (SELECT EXTRACT(YEAR FROM MAX("Date"))::int FROM "Activities") FROM "Units" WHERE "Name" = $1""", bare))
        {
            command.Parameters.AddWithValue(unitName);
            await using var reader = await command.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
            {
                throw new InvalidOperationException($"No unit named {unitName}.");
            }

            (unitId, path, year) = (reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2));
        }

        async Task<long> App()
        {
            await using var request = app.Services.CreateAsyncScope();
            var services = request.ServiceProvider;
            services.GetRequiredService<DataScope>().Restrict(unitId, path);
            services.GetRequiredService<CurrentUser>().SignedIn(0, "bench", unitName, [RoleNames.Viewer], new Unit { Id = unitId, Name = unitName, Path = path }, false);
            var statistics = services.GetRequiredService<StatisticsQuery>();
            var data = await services.GetRequiredService<Dashboard>().ForAsync((await statistics.UnitAsync(unitId))!, year);
            using var stream = new MemoryStream();
            await JsonSerializer.SerializeAsync(stream, new
            {
                total = data.Figures.Total.ToList(), children = data.Figures.Children.Select(c => new { c.Child.Name, figures = c.Figures.ToList() }),
                months = data.Months.Select(m => new { m.Key, figures = m.Value.ToList() }), plan = data.Plan,
            }, JsonSerializerOptions.Web);
            return stream.Length;
        }

        async Task<long> Raw()
        {
            long rows = 0;
            foreach (var sql in RawStatements)
            {
                await using var command = new NpgsqlCommand(sql, bare) { CommandTimeout = 600 };
                command.Parameters.AddWithValue("f", path);
                command.Parameters.AddWithValue("t", path[..^1] + "0");
                command.Parameters.AddWithValue("d0", new DateOnly(year, 1, 1));
                command.Parameters.AddWithValue("d1", new DateOnly(year + 1, 1, 1));
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    rows++;
                }
            }

            return rows;
        }

        await output.WriteLineAsync($"{unitName} ({path}), {year}");
        var fromRollups = await ScaleCaseBenchmarks.MedianAsync(App, 20);
        var raw = await ScaleCaseBenchmarks.MedianAsync(Raw, 3);
        await output.WriteLineAsync($"{"dashboard raw GROUP BY",-22} raw {raw,9:0.0} ms  app from roll-ups {fromRollups,9:0.00} ms  raw/app {raw / fromRollups,6:0.0}×");
    }

    private static readonly string[] RawStatements =
    [
        """
        SELECT "UnitPath", 'activities', "Category", COUNT(*) FROM "Activities" WHERE "UnitPath" >= @f AND "UnitPath" < @t AND "Status" = 3 AND "Date" >= @d0 AND "Date" < @d1 GROUP BY "UnitPath", "Category"
        UNION ALL SELECT "UnitPath", 'hours', '', SUM("Tenths") FROM "ServiceHourEntries" WHERE "UnitPath" >= @f AND "UnitPath" < @t AND "Date" >= @d0 AND "Date" < @d1 GROUP BY "UnitPath"
        """,
        """
        SELECT to_char("Date", 'YYYY-MM'), 'activities', "Category", COUNT(*) FROM "Activities" WHERE "UnitPath" >= @f AND "UnitPath" < @t AND "Status" = 3 AND "Date" >= @d0 AND "Date" < @d1 GROUP BY 1, "Category"
        UNION ALL SELECT to_char("Date", 'YYYY-MM'), 'hours', '', SUM("Tenths") FROM "ServiceHourEntries" WHERE "UnitPath" >= @f AND "UnitPath" < @t AND "Date" >= @d0 AND "Date" < @d1 GROUP BY 1
        """,
        """SELECT "UnitPath", COALESCE("Category", ''), COALESCE("Layer", ''), COUNT(*) FROM "Volunteers" WHERE "UnitPath" >= @f AND "UnitPath" < @t AND "Status" = 2 GROUP BY "UnitPath", "Category", "Layer", "BirthYear" """,
    ];
}
