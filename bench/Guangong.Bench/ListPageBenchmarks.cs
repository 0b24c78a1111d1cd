using System.Diagnostics;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Guangong.Web;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Guangong.Bench;

/// <summary>
/// Issue 18.2: a list page's data path in the app (scope, directory query through EF, paging, JSON) beside a
/// bare baseline (Microsoft.Data.Sqlite running the same SQL, writing the same JSON with Utf8JsonWriter), for
/// the 郑陆 officer and the 天宁区 viewer, page 1 and page 500. Target: app ≥ 0.7× the baseline's throughput
/// (ratio ≤ 1.43). Needs a generated county: GUANGONG_BENCH_DB=/path/guangong.db (see docs/deployment.md).
/// `dotnet run -c Release --project bench/Guangong.Bench -- --filter '*ListPage*'`, or `-- quick` for a
/// Stopwatch run of the same pairs when BenchmarkDotNet's generated project cannot build.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ListPageBenchmarks
{
    private WebApplication app = null!;
    private SqliteConnection bare = null!;
    private (long Id, string From, string To, UnitLevel Level) scope;

    [Params("zhenglu", "tianning")]
    public string User { get; set; } = "tianning";

    [Params(1, 500)]
    public int Page { get; set; } = 1;

    [GlobalSetup]
    public void Setup()
    {
        var file = Environment.GetEnvironmentVariable("GUANGONG_BENCH_DB") ?? throw new InvalidOperationException("Set GUANGONG_BENCH_DB to a generated county's guangong.db.");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["ConnectionStrings:Guangong"] = $"Data Source={file}";
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.AddGuangongPlatform();
        app = builder.Build();
        bare = new SqliteConnection($"Data Source={file}");
        bare.Open();
        using var command = bare.CreateCommand();
        command.CommandText = "SELECT Id, Path, Level FROM Units WHERE Name = $name";
        command.Parameters.AddWithValue("$name", User == "zhenglu" ? "郑陆镇关工委" : "天宁区关工委");
        using var reader = command.ExecuteReader();
        reader.Read();
        var path = reader.GetString(1);
        scope = (reader.GetInt64(0), path, path[..^1] + "0", (UnitLevel)reader.GetInt32(2));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        bare.Dispose();
        ((IDisposable)app).Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("volunteers")]
    public async Task<long> VolunteersBare()
    {
        var total = await CountAsync("SELECT COUNT(*) FROM (SELECT 1 FROM Volunteers WHERE UnitPath >= $f AND UnitPath < $t AND Status = 2 LIMIT 10001)");
        var offset = (Math.Clamp(Page, 1, Math.Max(1, (total + 19) / 20)) - 1) * 20;
        // The app's plan: from 2,000 in scope the name index is walked (VolunteerDirectory.PageAsync).
        var byName = total >= 2_000 ? "INDEXED BY IX_Volunteers_Name_BirthYear" : string.Empty;
        await using var command = Command($"""
            SELECT v.Id, v.Name, v.Gender, v.BirthYear, v.Phone, v.Category, v.Layer, v.Status, v.Specialties, v.UnitId, u.Name, v.UnitPath
            FROM Volunteers v {byName} JOIN Units u ON u.Id = v.UnitId
            WHERE v.UnitPath >= $f AND v.UnitPath < $t AND v.Status = 2 ORDER BY v.Name, v.BirthYear, v.Id LIMIT 20 OFFSET $o
            """, offset);
        return await WriteAsync(command, total, ["id", "name", "gender", "birthYear", "phone", "category", "layer", "status", "specialties", "unitId", "unitName", "unitPath"]);
    }

    [Benchmark, BenchmarkCategory("volunteers")]
    public async Task<long> VolunteersApp()
    {
        await using var request = Request(out var services);
        var page = await services.GetRequiredService<VolunteerDirectory>().PageAsync(new VolunteerFilter(), Page);
        return await SerializeAsync(page);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("activities")]
    public async Task<long> ActivitiesBare()
    {
        var total = await CountAsync("SELECT COUNT(*) FROM (SELECT 1 FROM Activities WHERE UnitPath >= $f AND UnitPath < $t AND Status <> 1 LIMIT 10001)");
        var offset = (Math.Clamp(Page, 1, Math.Max(1, (total + 19) / 20)) - 1) * 20;
        var ids = new List<long>();
        // The app's plan (NewestFirst): up to 2,000 in scope sorted from the path range (the date index kept out by ordering
        // on an expression), past that read by the date index and stopped after the page.
        var byDate = total > 2_000;
        await using (var page = Command($"SELECT Id FROM Activities {(byDate ? "INDEXED BY IX_Activities_Date_UnitPath_Status" : string.Empty)} WHERE UnitPath >= $f AND UnitPath < $t AND Status <> 1 ORDER BY {(byDate ? "Date" : "date(Date, '0 days')")} DESC, Id DESC LIMIT 20 OFFSET $o", offset))
        await using (var reader = await page.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        await using var command = Command($"""
            SELECT a.Id, a.Title, a.Category, a.Status, a.Date, a.StartTime, a.Place, u.Name, a.UnitId, a.YouthReached, a.VolunteerCount,
                   (SELECT COUNT(*) FROM ActivityFiles f WHERE f.ActivityId = a.Id), a.UnitPath
            FROM Activities a JOIN Units u ON u.Id = a.UnitId WHERE a.Id IN ({(ids.Count == 0 ? "0" : string.Join(",", ids))}) ORDER BY a.Date DESC, a.Id DESC
            """, 0);
        return await WriteAsync(command, total, ["id", "title", "category", "status", "date", "startTime", "place", "unitName", "unitId", "youthReached", "volunteerCount", "fileCount"]);
    }

    [Benchmark, BenchmarkCategory("activities")]
    public async Task<long> ActivitiesApp()
    {
        await using var request = Request(out var services);
        return await SerializeAsync(await services.GetRequiredService<ActivityDirectory>().PageAsync(new ActivityFilter(), Page));
    }

    private AsyncServiceScope Request(out IServiceProvider services)
    {
        var request = app.Services.CreateAsyncScope();
        services = request.ServiceProvider;
        // As the request's middleware sets it: with the unit's level, read there with the unit.
        services.GetRequiredService<DataScope>().Restrict(scope.Id, scope.From, scope.Level);
        return request;
    }

    private static async Task<long> SerializeAsync<T>(PagedList<T> page)
    {
        using var stream = new MemoryStream();
        await JsonSerializer.SerializeAsync(stream, new { items = page.Items, total = page.Total, page = page.Page, pageSize = page.PageSize }, JsonSerializerOptions.Web);
        return stream.Length;
    }

    private SqliteCommand Command(string sql, int offset)
    {
        var command = bare.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$f", scope.From);
        command.Parameters.AddWithValue("$t", scope.To);
        command.Parameters.AddWithValue("$o", offset);
        return command;
    }

    private async Task<int> CountAsync(string sql)
    {
        await using var command = Command(sql, 0);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The rows as JSON, the unit named as the app names it for the reader: past a town (a district's lists), a unit below
    /// a town with its town's name before it, the towns on the rows' paths read by key (<c>TownNamedUnits</c>). The last
    /// column is the row's unit path, written when <paramref name="names"/> names it (the volunteers' rows carry it).
    /// </summary>
    private async Task<long> WriteAsync(SqliteCommand command, int total, string[] names)
    {
        var rows = new List<object?[]>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }
        }

        var unitName = Array.IndexOf(names, "unitName");
        if (scope.Level < UnitLevel.Town && rows.Count > 0)
        {
            var towns = await TownsAsync(rows.Select(r => (string)r[^1]!));
            foreach (var row in rows)
            {
                var path = (string)row[^1]!;
                var town = towns.Where(t => t.Key != path && path.StartsWith(t.Key, StringComparison.Ordinal)).Select(t => t.Value).FirstOrDefault();
                row[unitName] = town is null ? row[unitName] : UnitNames.WithTown(town, (string)row[unitName]!);
            }
        }

        using var stream = new MemoryStream();
        await using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartArray("items");
            foreach (var row in rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < names.Length; i++)
                {
                    json.WritePropertyName(names[i]);
                    switch (row[i])
                    {
                        case null: json.WriteNullValue(); break;
                        case long l: json.WriteNumberValue(l); break;
                        case string text: json.WriteStringValue(text); break;
                        case var other: json.WriteStringValue(other.ToString()); break;
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("total", total);
            json.WriteEndObject();
        }

        return stream.Length;
    }

    private async Task<Dictionary<string, string>> TownsAsync(IEnumerable<string> paths)
    {
        var ids = paths.SelectMany(p => p.Split('/', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();
        await using var command = Command($"SELECT Path, Name FROM Units WHERE Path >= $f AND Path < $t AND Level = {(int)UnitLevel.Town} AND Id IN ({string.Join(",", ids)})", 0);
        var towns = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            towns[reader.GetString(0)] = reader.GetString(1);
        }

        return towns;
    }

    /// <summary>`-- quick`: each pair 100 times after a warm-up, medians and the ratio app/bare (lower is better).</summary>
    public static async Task QuickAsync(TextWriter output)
    {
        // One round of every case first, not measured: the process's first case was measured at 0.7 ms where the same
        // case measured later took 0.27 (the framework's code not yet recompiled optimized however long that case ran).
        var first = new ListPageBenchmarks { User = "zhenglu", Page = 1 };
        first.Setup();
        foreach (var run in new Func<Task<long>>[] { first.VolunteersBare, first.VolunteersApp, first.ActivitiesBare, first.ActivitiesApp })
        {
            await ScaleCaseBenchmarks.MedianAsync(run, 1);
        }

        first.Cleanup();
        foreach (var user in new[] { "zhenglu", "tianning" })
        {
            foreach (var page in new[] { 1, 500 })
            {
                var b = new ListPageBenchmarks { User = user, Page = page };
                b.Setup();
                foreach (var (name, bareCase, appCase) in new (string, Func<Task<long>>, Func<Task<long>>)[] { ("volunteers", b.VolunteersBare, b.VolunteersApp), ("activities", b.ActivitiesBare, b.ActivitiesApp) })
                {
                    var (bareMs, appMs) = (await ScaleCaseBenchmarks.MedianAsync(bareCase, 100), await ScaleCaseBenchmarks.MedianAsync(appCase, 100));
                    var (bareBytes, appBytes) = (await bareCase(), await appCase());
                    await output.WriteLineAsync($"{name,-11}{user,-10}page {page,-4} bare {bareMs,8:0.00} ms  app {appMs,8:0.00} ms  app/bare {appMs / bareMs,5:0.00}  JSON bare {bareBytes} B, app {appBytes} B");
                }

                b.Cleanup();
            }
        }
    }
}
