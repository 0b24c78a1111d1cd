using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Guangong.Web.Infrastructure.Generation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>
/// Issue 18.3: on PostgreSQL, with the `town` preset generated beside the demo (a town of 5,000 volunteers, a year of
/// activities and hour lines; the `city` preset on demand) and the planner's statistics gathered, every query the list pages run for a town officer
/// (whose towns hold a small share of the rows) is explained, and none may read a large table by a sequential scan.
/// The SQL is the one EF generated for the real pages: it is captured from EF's diagnostic events while the pages are
/// fetched, with its parameters, then explained with EXPLAIN (FORMAT JSON); enable_seqscan is left on.
/// </summary>
public sealed partial class ListQueryPlanTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    private GuangongApp App => fixture.App;

    private static readonly string[] Pages =
    [
        "/", "/volunteers", "/activities", "/api/v1/activities", "/activities/hours", "/activities/coverage", "/training", "/training/hours",
        "/plans", "/plans/assignments", "/admin/audit", "/statistics",
    ];

    [Fact]
    public async Task No_list_query_reads_a_large_table_by_a_sequential_scan()
    {
        var connection = new NpgsqlConnectionStringBuilder(App.Database.ConnectionString);
        // The fast suite checks at the town preset; GUANGONG_PLAN_CHECK_PRESET=city runs the same check at the city's size on demand (bench/README.md).
        var preset = Environment.GetEnvironmentVariable("GUANGONG_PLAN_CHECK_PRESET") is { Length: > 0 } name ? name : "town";
        await App.WithDbAsync(db => new DataGenerator(db).RunAsync(GeneratorPreset.All[preset], new GeneratorOptions(1, 18, new DateOnly(2026, 8, 31)), TextWriter.Null));
        await using var conn = new NpgsqlConnection(connection.ConnectionString);
        await conn.OpenAsync();
        await using (var analyze = new NpgsqlCommand("ANALYZE", conn))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        var large = new HashSet<string>();
        await using (var tables = new NpgsqlCommand("SELECT relname, reltuples::bigint FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND reltuples >= 2000 ORDER BY reltuples DESC", conn))
        await using (var reader = await tables.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                large.Add(reader.GetString(0));
                TestContext.Current.TestOutputHelper?.WriteLine($"{preset}: {reader.GetString(0)} ≈ {reader.GetInt64(1):N0} rows");
            }
        }

        Assert.Contains("Activities", large);
        Assert.Contains("ServiceHourEntries", large);
        Assert.Contains("Volunteers", large);

        var captured = new List<CapturedCommand>();
        using (await CommandCapture.StartAsync(App.Database, captured))
        {
            foreach (var user in new[] { "zhenglu", "wushenzhao" })
            {
                var browser = await App.SignedInAsync(user);
                var api = await App.ApiClientAsync(user);
                var pages = Pages.ToList();
                var plans = await browser.GetStringAsync("/plans");
                pages.AddRange(PlanLink().Matches(plans).Select(m => m.Value).Distinct().Take(2));
                foreach (var page in pages)
                {
                    var response = await (page.StartsWith("/api/", StringComparison.Ordinal) ? api : browser).GetAsync(page);
                    Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{user} {page}: {response.StatusCode}");
                }
            }
        }

        var selects = captured.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || c.Sql.TrimStart().StartsWith("WITH", StringComparison.OrdinalIgnoreCase))
            .DistinctBy(c => c.Sql).ToList();
        Assert.True(selects.Count > 30, $"only {selects.Count} queries captured");
        Assert.Contains(selects, c => c.Sql.Contains("\"Activities\"", StringComparison.Ordinal));

        // The hours ranking is read in rank order from its index: no sort of the scope's rows, no grouping (issue 18.3).
        var ranking = selects.Where(c => c.Sql.Contains("\"VolunteerSubtreeHours\"", StringComparison.Ordinal) && c.Sql.Contains("ORDER BY", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(ranking);
        foreach (var query in ranking)
        {
            var nodes = Nodes(await PlanAsync(conn, query)).ToList();
            Assert.True(nodes.Any(n => n.Type is "Index Scan" or "Index Only Scan" && n.Index.StartsWith("IX_VolunteerSubtreeHours_Year_UnitPath", StringComparison.Ordinal))
                && !nodes.Any(n => n.Type is "Sort" or "Incremental Sort" or "Aggregate" or "HashAggregate"), $"ranking plan: {string.Join(", ", nodes.Select(n => n.Type + " " + n.Index))}\n{query.Sql}");
        }

        // A district's dashboard reads the roster from its own and its children's subtree tallies (issue 18), not the
        // volunteers nor every unit's tally in its range.
        Assert.Contains(selects, c => c.Sql.Contains("\"RosterSubtreeTallies\"", StringComparison.Ordinal));
        Assert.DoesNotContain(selects, c => c.Sql.Contains("FROM \"RosterTallies\"", StringComparison.Ordinal) && c.Sql.Contains("GROUP BY", StringComparison.Ordinal));

        var problems = new List<string>();
        foreach (var query in selects)
        {
            await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + query.Sql, conn);
            foreach (var parameter in query.Parameters)
            {
                explain.Parameters.Add(((NpgsqlParameter)parameter).Clone());
            }

            using var plan = JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!);
            foreach (var table in SeqScans(plan.RootElement[0].GetProperty("Plan")).Where(large.Contains))
            {
                problems.Add($"Seq Scan on {table}:\n{query.Sql}\n");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{selects.Count} distinct queries explained, {problems.Count} reading a large table by a sequential scan");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<JsonElement> PlanAsync(NpgsqlConnection conn, CapturedCommand query)
    {
        await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + query.Sql, conn);
        foreach (var parameter in query.Parameters)
        {
            explain.Parameters.Add(((NpgsqlParameter)parameter).Clone());
        }

        using var plan = JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!);
        return plan.RootElement[0].GetProperty("Plan").Clone();
    }

    private static IEnumerable<(string Type, string Index)> Nodes(JsonElement node)
    {
        yield return (node.GetProperty("Node Type").GetString()!, node.TryGetProperty("Index Name", out var index) ? index.GetString()! : string.Empty);
        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray().SelectMany(Nodes))
            {
                yield return child;
            }
        }
    }

    private static IEnumerable<string> SeqScans(JsonElement node)
    {
        if (node.GetProperty("Node Type").GetString() == "Seq Scan")
        {
            yield return node.GetProperty("Relation Name").GetString()!;
        }

        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var table in children.EnumerateArray().SelectMany(SeqScans))
            {
                yield return table;
            }
        }
    }

    [GeneratedRegex(@"/plans/\d+(?=[""?])")]
    private static partial Regex PlanLink();
}
