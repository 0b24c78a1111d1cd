using System.Diagnostics;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Guangong.Web;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People.Import;
using Guangong.Web.Features.Statistics;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Guangong.Bench;

/// <summary>
/// Issue 18.2, the cases beside the list pages, each the app's path and a bare baseline (Microsoft.Data.Sqlite, the
/// same SQL, the same JSON through Utf8JsonWriter) in the same run: (a) one activity's record as the 天宁区 viewer,
/// (b) the district's dashboard from the roll-ups, and the same figures by a raw GROUP BY over the records,
/// (c) the coverage matrix of the district's year, (d) importing 100,000 roster rows (the import's preview and
/// confirm, against reading the same file and inserting the rows in one transaction with prepared statements).
/// Needs a generated county: GUANGONG_BENCH_DB=/path/guangong.db. `-- quick-scale` runs them with a Stopwatch.
/// </summary>
[MemoryDiagnoser]
public class ScaleCaseBenchmarks
{
    private WebApplication app = null!;
    private SqliteConnection bare = null!;
    private (long Id, string From, string To, long UserId) viewer;
    private long activityId;

    // The records a viewer opens: different ones, as people do (a query that compiled per id would show here).
    private List<long> activityIds = [];
    private int opened;
    private int year;

    [GlobalSetup]
    public void Setup() => SetupAsync(Environment.GetEnvironmentVariable("GUANGONG_BENCH_DB") ?? throw new InvalidOperationException("Set GUANGONG_BENCH_DB to a generated county's guangong.db.")).GetAwaiter().GetResult();

    private async Task SetupAsync(string file)
    {
        app = BuildApp(file);
        bare = new SqliteConnection($"Data Source={file}");
        bare.Open();
        // The app's connection settings (synchronous=FULL: every commit waits for the disk), so the audit line of a
        // record view costs both sides the same wait.
        Console.WriteLine($"bare connection: synchronous was {await ScalarAsync("PRAGMA synchronous")}, set to FULL as the app's");
        await ScalarAsync("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;");
        var path = (string)(await ScalarAsync("SELECT Path FROM Units WHERE Name = '天宁区关工委'"))!;
        viewer = ((long)(await ScalarAsync("SELECT Id FROM Units WHERE Name = '天宁区关工委'"))!, path, path[..^1] + "0", (long)(await ScalarAsync("SELECT Id FROM AspNetUsers WHERE UserName = 'tianning'"))!);
        // A completed activity with hours, deep in the district (a generated village's).
        activityId = (long)(await ScalarAsync("SELECT ActivityId FROM ServiceHourEntries WHERE ActivityId IS NOT NULL ORDER BY Id DESC LIMIT 1"))!;
        await using (var recent = Command("SELECT DISTINCT ActivityId FROM ServiceHourEntries WHERE ActivityId IS NOT NULL ORDER BY ActivityId DESC LIMIT 200"))
        await using (var reader = await recent.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                activityIds.Add(reader.GetInt64(0));
            }
        }
        year = int.Parse(((string)(await ScalarAsync("SELECT MAX(Date) FROM Activities"))!)[..4], System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static WebApplication BuildApp(string file)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["ConnectionStrings:Guangong"] = $"Data Source={file}";
        builder.Configuration["DataDir"] = Path.GetDirectoryName(file);
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.AddGuangongPlatform();
        return builder.Build();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        bare.Dispose();
        ((IDisposable)app).Dispose();
    }

    // (a) A record view, with the audit line of the viewing (children reached, photos) on both paths.
    [Benchmark]
    public async Task<long> RecordApp()
    {
        activityId = activityIds[opened++ % activityIds.Count];
        await using var request = Request(out var services);
        var detail = await services.GetRequiredService<ActivityDirectory>().DetailAsync(activityId);
        return await SerializeAsync(new { detail!.Activity.Id, detail.Activity.Title, detail.Activity.Category, detail.Activity.Date, detail.UnitName, detail.VenueName, files = detail.Files.Count, served = detail.Served.Select(s => new { s.VolunteerId, s.Name, s.Hours }) });
    }

    [Benchmark]
    public async Task<long> RecordBare()
    {
        activityId = activityIds[opened++ % activityIds.Count];
        using var stream = new MemoryStream();
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        await using (var command = Command("SELECT a.Id, a.Title, a.Category, a.Date, u.Name, (SELECT Name FROM Units WHERE Id = a.VenueUnitId) FROM Activities a JOIN Units u ON u.Id = a.UnitId WHERE a.Id = $id AND a.UnitPath >= $f AND a.UnitPath < $t"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            json.WriteNumber("id", reader.GetInt64(0));
            json.WriteString("title", reader.GetString(1));
            json.WriteString("category", reader.GetString(2));
            json.WriteString("date", reader.GetString(3));
            json.WriteString("unitName", reader.GetString(4));
            json.WriteString("venueName", reader.IsDBNull(5) ? null : reader.GetString(5));
        }

        json.WriteNumber("files", Convert.ToInt64(await ScalarAsync("SELECT COUNT(*) FROM ActivityFiles WHERE ActivityId = $id"), System.Globalization.CultureInfo.InvariantCulture));
        json.WriteStartArray("served");
        await using (var command = Command("SELECT e.VolunteerId, v.Name, SUM(e.Tenths) FROM ServiceHourEntries e JOIN Volunteers v ON v.Id = e.VolunteerId WHERE e.ActivityId = $id GROUP BY e.VolunteerId, v.Name ORDER BY v.Name"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                json.WriteStartObject();
                json.WriteNumber("volunteerId", reader.GetInt64(0));
                json.WriteString("name", reader.GetString(1));
                json.WriteNumber("hours", reader.GetInt64(2) / 10m);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync();

        // The app leaves a line in the audit trail for opening a record that reached children or holds photos (the
        // privacy baseline), committed as every write is (synchronous=FULL); the baseline writes the same line.
        await using (var command = Command("""
            INSERT INTO AuditEntries (Action, Changes, Entity, EntityId, IpAddress, TimestampUtc, UnitId, UnitPath, UserId, UserName)
            SELECT '查看', '查看活动记录（青少年' || a.YouthReached || '人，照片和文件' || (SELECT COUNT(*) FROM ActivityFiles f WHERE f.ActivityId = a.Id) || '个）',
                   'Activity', a.Id, NULL, $now, $unit, a.UnitPath, $user, 'tianning'
            FROM Activities a WHERE a.Id = $id AND (a.YouthReached > 0 OR EXISTS (SELECT 1 FROM ActivityFiles f WHERE f.ActivityId = a.Id))
            """))
        {
            command.Parameters.AddWithValue("$now", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$unit", viewer.Id);
            command.Parameters.AddWithValue("$user", viewer.UserId);
            await command.ExecuteNonQueryAsync();
        }

        return stream.Length;
    }

    // (b) The dashboard of the district's year: the app (roll-up cells, roster tally, snapshots, plan progress) ...
    [Benchmark]
    public async Task<long> DashboardApp()
    {
        await using var request = Request(out var services);
        var statistics = services.GetRequiredService<StatisticsQuery>();
        var data = await services.GetRequiredService<Dashboard>().ForAsync((await statistics.UnitAsync(viewer.Id))!, year);
        return await SerializeAsync(new { total = data.Figures.Total.ToList(), children = data.Figures.Children.Select(c => new { c.Child.Name, figures = c.Figures.ToList() }), months = data.Months.Select(m => new { m.Key, figures = m.Value.ToList() }) });
    }

    /// <summary>... the same roll-up SQL bare (the per-path and per-month sums and the roster tally) ...</summary>
    [Benchmark]
    public Task<long> DashboardRollupBare() => FiguresJsonAsync(
        "SELECT UnitPath, Indicator, Key, SUM(Value) FROM RollupCells WHERE UnitPath >= $f AND UnitPath < $t AND Period >= $p0 AND Period <= $p1 GROUP BY UnitPath, Indicator, Key",
        "SELECT Period, Indicator, Key, SUM(Value) FROM RollupCells WHERE UnitPath >= $f AND UnitPath < $t AND Period >= $p0 AND Period <= $p1 GROUP BY Period, Indicator, Key",
        "SELECT UnitPath, Dimension, Key, SUM(Count) FROM RosterTallies WHERE UnitPath >= $f AND UnitPath < $t AND Dimension NOT LIKE '%@%' GROUP BY UnitPath, Dimension, Key");

    /// <summary>... and the same figures by a raw GROUP BY over the records, as they were before the roll-ups.</summary>
    [Benchmark(Baseline = true)]
    public Task<long> DashboardRawGroupBy() => FiguresJsonAsync(
        """
        SELECT UnitPath, 'activities', Category, COUNT(*) FROM Activities WHERE UnitPath >= $f AND UnitPath < $t AND Status = 3 AND Date >= $d0 AND Date < $d1 GROUP BY UnitPath, Category
        UNION ALL SELECT UnitPath, 'hours', '', SUM(Tenths) FROM ServiceHourEntries WHERE UnitPath >= $f AND UnitPath < $t AND Date >= $d0 AND Date < $d1 GROUP BY UnitPath
        """,
        """
        SELECT substr(Date, 1, 7), 'activities', Category, COUNT(*) FROM Activities WHERE UnitPath >= $f AND UnitPath < $t AND Status = 3 AND Date >= $d0 AND Date < $d1 GROUP BY substr(Date, 1, 7), Category
        UNION ALL SELECT substr(Date, 1, 7), 'hours', '', SUM(Tenths) FROM ServiceHourEntries WHERE UnitPath >= $f AND UnitPath < $t AND Date >= $d0 AND Date < $d1 GROUP BY substr(Date, 1, 7)
        """,
        "SELECT UnitPath, IFNULL(Category, ''), IFNULL(Layer, ''), COUNT(*) FROM Volunteers WHERE UnitPath >= $f AND UnitPath < $t AND Status = 2 GROUP BY UnitPath, Category, Layer, BirthYear");

    // (c) The coverage matrix of the district's year: units below × categories.
    [Benchmark]
    public async Task<long> CoverageApp()
    {
        await using var request = Request(out var services);
        var matrix = await services.GetRequiredService<Coverage>().MatrixAsync(viewer.Id, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return await SerializeAsync(matrix!.Units.Select(u => new { u.Name, cells = matrix.Categories.Select(c => matrix.Count(u.Id, c)) }));
    }

    [Benchmark]
    public async Task<long> CoverageBare()
    {
        var rows = new List<(long Id, string Name, string Path)> { (viewer.Id, "天宁区关工委（本级）", viewer.From) };
        await using (var command = Command("SELECT Id, Name, Path FROM Units WHERE ParentId = $id AND IsActive = 1 AND Kind IN (1, 2, 3, 4) ORDER BY SortOrder, Name"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        var counts = new Dictionary<(long, string), int>();
        var categories = new SortedSet<string>(StringComparer.Ordinal);
        await using (var command = Command("SELECT UnitPath, Category FROM Activities WHERE Status = 3 AND Date >= $d0 AND Date <= $dl AND UnitPath >= $f AND UnitPath < $t"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var (path, category) = (reader.GetString(0), reader.GetString(1));
                var row = path == viewer.From ? rows[0] : rows.Skip(1).FirstOrDefault(r => path.StartsWith(r.Path, StringComparison.Ordinal));
                if (row.Name is not null)
                {
                    counts[(row.Id, category)] = counts.GetValueOrDefault((row.Id, category)) + 1;
                    categories.Add(category);
                }
            }
        }

        return await SerializeAsync(rows.Select(u => new { u.Name, cells = categories.Select(c => counts.GetValueOrDefault((u.Id, c))) }));
    }

    private AsyncServiceScope Request(out IServiceProvider services)
    {
        var request = app.Services.CreateAsyncScope();
        services = request.ServiceProvider;
        var db = services.GetRequiredService<Guangong.Web.Infrastructure.Data.GuangongDbContext>();
        // As the request's middleware sets it: with the unit's level, read there with the unit.
        services.GetRequiredService<DataScope>().Restrict(viewer.Id, viewer.From, UnitLevel.District);
        var unit = new Unit { Id = viewer.Id, Name = "天宁区关工委", Path = viewer.From };
        services.GetRequiredService<CurrentUser>().SignedIn(viewer.UserId, "tianning", "天宁区", [RoleNames.Viewer], unit, false);
        _ = db;
        return request;
    }

    private async Task<long> FiguresJsonAsync(params string[] queries)
    {
        using var stream = new MemoryStream();
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        foreach (var (sql, i) in queries.Select((q, i) => (q, i)))
        {
            json.WriteStartArray("q" + i);
            await using var command = Command(sql);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                json.WriteStartArray();
                json.WriteStringValue(reader.GetValue(0).ToString());
                json.WriteStringValue(reader.GetString(1));
                json.WriteStringValue(reader.IsDBNull(2) ? string.Empty : reader.GetValue(2).ToString());
                json.WriteNumberValue(reader.GetInt64(3));
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        await json.FlushAsync();
        return stream.Length;
    }

    private SqliteCommand Command(string sql)
    {
        var command = bare.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$f", viewer.From);
        command.Parameters.AddWithValue("$t", viewer.To);
        command.Parameters.AddWithValue("$id", sql.Contains("ParentId", StringComparison.Ordinal) ? viewer.Id : activityId);
        command.Parameters.AddWithValue("$p0", (year * 100) + 1);
        command.Parameters.AddWithValue("$p1", (year * 100) + 12);
        command.Parameters.AddWithValue("$d0", $"{year}-01-01");
        command.Parameters.AddWithValue("$dl", $"{year}-12-31");
        command.Parameters.AddWithValue("$d1", $"{year + 1}-01-01");
        return command;
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var command = Command(sql);
        return await command.ExecuteScalarAsync();
    }

    private static async Task<long> SerializeAsync<T>(T value)
    {
        using var stream = new MemoryStream();
        await JsonSerializer.SerializeAsync(stream, value, JsonSerializerOptions.Web);
        return stream.Length;
    }

    /// <summary>`-- quick-scale`: each case 20 times after a warm-up (the import 3 times, each on a fresh copy), medians.</summary>
    public static async Task QuickAsync(TextWriter output)
    {
        var b = new ScaleCaseBenchmarks();
        b.Setup();
        foreach (var (name, appCase, bareCase) in new (string, Func<Task<long>>, Func<Task<long>>)[]
                 {
                     ("record view", b.RecordApp, b.RecordBare),
                     ("dashboard (roll-ups)", b.DashboardApp, b.DashboardRollupBare),
                     ("coverage", b.CoverageApp, b.CoverageBare),
                 })
        {
            var (appMs, bareMs) = (await MedianAsync(appCase, 20), await MedianAsync(bareCase, 20));
            await output.WriteLineAsync($"{name,-22} app {appMs,9:0.00} ms  bare {bareMs,9:0.00} ms  app/bare {appMs / bareMs,6:0.00}");
        }

        var raw = await MedianAsync(b.DashboardRawGroupBy, 5);
        var rolled = await MedianAsync(b.DashboardApp, 20);
        await output.WriteLineAsync($"{"dashboard raw GROUP BY",-22} raw {raw,9:0.00} ms  app from roll-ups {rolled,9:0.00} ms  raw/app {raw / rolled,6:0.0}×");
        b.Cleanup();
        await RosterImportScale.QuickAsync(output);
    }

    /// <summary>`-- quick-record`: the record view alone, long enough for a profiler to see where the app's time goes.</summary>
    public static async Task RecordOnlyAsync(TextWriter output)
    {
        var b = new ScaleCaseBenchmarks();
        b.Setup();
        var (appMs, bareMs) = (await MedianAsync(b.RecordApp, 2000), await MedianAsync(b.RecordBare, 2000));
        await output.WriteLineAsync($"{"record view",-22} app {appMs,9:0.00} ms  bare {bareMs,9:0.00} ms  app/bare {appMs / bareMs,6:0.00}");
        b.Cleanup();
    }

    /// <summary>
    /// The median of <paramref name="times"/> runs, measured once the code is warm as a server's is after its first minute:
    /// two seconds of runs first (at least 50; a method is recompiled optimized after 30 calls, in the background), then a
    /// pause for the recompilation to land. With one run of warm-up the app's many methods were measured half unoptimized
    /// while the bare path's few were not.
    /// </summary>
    internal static async Task<double> MedianAsync(Func<Task<long>> run, int times)
    {
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < 50 || warming.Elapsed < TimeSpan.FromSeconds(2); i++)
        {
            await run();
        }

        await Task.Delay(500);
        var measured = new List<double>();
        for (var i = 0; i < times; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            measured.Add(clock.Elapsed.TotalMilliseconds);
        }

        measured.Sort();
        return measured[measured.Count / 2];
    }
}
