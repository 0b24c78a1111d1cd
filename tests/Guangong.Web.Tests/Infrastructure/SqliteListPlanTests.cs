using System.Net;
using System.Text.RegularExpressions;
using Guangong.Web.Infrastructure.Generation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>
/// Issue 18.3 on SQLite: with the `town` preset generated beside the demo and the planner's statistics gathered, every
/// query the district's pages run (as its viewer and its officer, whose scope holds the whole preset) is explained with
/// the parameters EF sent, and none that names a list of keys may walk the scope's path range instead of that list's
/// index. Sent as one JSON array, a list looked to the planner like 25 rows of unknown values: the dashboard's roster
/// read walked the district's tallies (17 ms a request at the county) where the unit and dimension index finds a few
/// hundred rows.
/// </summary>
public sealed partial class SqliteListPlanTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    private static readonly string[] Pages =
    [
        "/", "/statistics", "/volunteers", "/activities", "/activities/hours", "/activities/coverage", "/plans", "/plans/assignments",
        "/stations", "/bases", "/safety/legal-education", "/publicity/highlights", "/volunteers/renewal", "/activities/new",
    ];

    [Fact]
    public async Task No_list_query_walks_the_scope_instead_of_its_list()
    {
        await GenerateOnceAsync();

        var captured = new List<CapturedCommand>();
        using (await CommandCapture.StartAsync(App.Database, captured))
        {
            foreach (var user in new[] { "tianning", "tianning-gw" })
            {
                var browser = await App.SignedInAsync(user);
                var pages = Pages.ToList();
                var plans = await browser.GetStringAsync("/plans");
                pages.AddRange(PlanLink().Matches(plans).Select(m => m.Value).Distinct().Take(2));
                var tasks = await browser.GetStringAsync(pages[^1]);
                pages.AddRange(TaskLink().Matches(tasks).Select(m => m.Value).Distinct().Take(2));
                foreach (var page in pages)
                {
                    var response = await browser.GetAsync(page);
                    Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, $"{user} {page}: {response.StatusCode}");
                }
            }

            // A village chosen in the district's lists, and a village recorder's form naming the town's volunteers (read through
            // a door, whose range is every path): each a path range narrower than the one the scope's filter writes first.
            var village = await App.UnitAsync("焦溪村关工委");
            var district = await App.UnitAsync("天宁区关工委");
            var viewer = await App.SignedInAsync("tianning");
            var town = await App.WithDbAsync(db => db.Units.IgnoreQueryFilters()
                .Where(u => u.ParentId == district.Id && u.Level == Guangong.Web.Features.Organization.UnitLevel.Town && u.Name != "郑陆镇关工委")
                .Select(u => u.Id).FirstAsync());
            foreach (var page in new[] { $"/activities?unit={village.Id}", $"/volunteers?unit={village.Id}", $"/admin/audit?unit={village.Id}", $"/activities?unit={town}" })
            {
                var response = await viewer.GetAsync(page);
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, $"tianning {page}: {response.StatusCode}");
            }

            Assert.Equal(HttpStatusCode.OK, (await (await App.SignedInAsync("zl-jiaoxi")).GetAsync("/activities/new")).StatusCode);

            // The district's public site, as anyone on the internet reads it.
            var anonymous = App.Browser();
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/public/{district.Id}/highlights")).StatusCode);
        }

        var selects = captured.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || c.Sql.TrimStart().StartsWith("WITH", StringComparison.OrdinalIgnoreCase))
            .DistinctBy(c => c.Sql).ToList();
        Assert.True(selects.Count > 30, $"only {selects.Count} queries captured");
        Assert.Contains(selects, c => c.Sql.Contains("\"RosterSubtreeTallies\"", StringComparison.Ordinal) && c.Sql.Contains(" IN (", StringComparison.Ordinal));
        Assert.Contains(selects, c => c.Sql.Contains("\"PlanTaskId\" = @", StringComparison.Ordinal));
        Assert.Contains(selects, c => PublicFilter().IsMatch(c.Sql) && c.Sql.Contains("ORDER BY", StringComparison.Ordinal));
        Assert.Contains(selects, c => RosterByName().IsMatch(c.Sql));
        Assert.Contains(selects, c => LargeNewestFirst().IsMatch(c.Sql) && c.Sql.Contains("likelihood(", StringComparison.Ordinal));
        Assert.Contains(selects, c => c.Sql.Contains("FROM \"Activities\"", StringComparison.Ordinal) && c.Sql.Contains("likelihood(", StringComparison.Ordinal));
        Assert.Contains(selects, c => c.Sql.Contains("FROM \"Volunteers\"", StringComparison.Ordinal) && c.Sql.Contains("likelihood(", StringComparison.Ordinal));
        Assert.Contains(selects, c => c.Sql.Contains("\"CreatedByUserId\" = @", StringComparison.Ordinal));

        // Explained on EF's own connection, which carries the functions EF's SQL calls (ef_compare, …).
        var problems = await App.WithDbAsync(db => ProblemsAsync(db, selects));
        TestContext.Current.TestOutputHelper?.WriteLine($"{selects.Count} distinct queries explained, {problems.Count} problems");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Walked by the name index or sorted from the scope's range, the district's roster lists the same people in the same order.</summary>
    [Fact]
    public async Task The_district_roster_walked_by_name_lists_everyone_in_order()
    {
        await GenerateOnceAsync();
        var district = await App.UnitAsync("天宁区关工委");
        var expected = await App.WithDbAsync(db => db.Volunteers.IgnoreQueryFilters()
            .Where(v => v.UnitPath.StartsWith(district.Path) && v.Status == Guangong.Web.Features.People.VolunteerStatus.Active)
            .Select(v => new { v.Id, v.Name, v.BirthYear }).ToListAsync());
        Assert.True(expected.Count > 2_000, $"{expected.Count} volunteers");
        var ordered = expected.OrderBy(v => v.Name, StringComparer.Ordinal).ThenBy(v => v.BirthYear).ThenBy(v => v.Id).Select(v => v.Id).ToList();

        var browser = await App.SignedInAsync("tianning");
        foreach (var (page, descending) in new[] { (1, false), (3, false), (1, true) })
        {
            var html = await browser.GetStringAsync($"/volunteers?page={page}" + (descending ? "&sort=name&desc=1" : string.Empty));
            var shown = VolunteerLink().Matches(html).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var list = descending ? Enumerable.Reverse(ordered).ToList() : ordered;
            Assert.Equal(list.Skip((page - 1) * 20).Take(20), shown);
        }
    }

    /// <summary>The `town` preset beside the demo, with the planner's statistics gathered; once for the class's tests.</summary>
    private async Task GenerateOnceAsync()
    {
        if (await App.WithDbAsync(db => db.Volunteers.IgnoreQueryFilters().CountAsync()) > 2_000)
        {
            return;
        }

        await App.WithDbAsync(db => new DataGenerator(db).RunAsync(GeneratorPreset.All["town"], new GeneratorOptions(1, 18, new DateOnly(2026, 8, 31)), TextWriter.Null));
        await App.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ANALYZE"));
    }

    private static async Task<List<string>> ProblemsAsync(Guangong.Web.Infrastructure.Data.GuangongDbContext db, List<CapturedCommand> selects)
    {
        await db.Database.OpenConnectionAsync();
        var conn = (SqliteConnection)db.Database.GetDbConnection();
        var large = new HashSet<string>(StringComparer.Ordinal);
        await using (var tables = new SqliteCommand("SELECT tbl FROM sqlite_stat1 WHERE CAST(stat AS INTEGER) >= 2000", conn))
        await using (var reader = await tables.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                large.Add(reader.GetString(0));
            }
        }

        Assert.Contains("RosterSubtreeTallies", large);
        var problems = new List<string>();
        foreach (var query in selects)
        {
            await using var explain = new SqliteCommand("EXPLAIN QUERY PLAN " + query.Sql, conn);
            foreach (var parameter in query.Parameters)
            {
                explain.Parameters.AddWithValue(parameter.ParameterName, parameter.Value ?? DBNull.Value);
            }

            var plan = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    plan.Add(reader.GetString(3));
                }
            }

            // An optional link is indexed only where set: a full index, mostly empty rows, looked to the planner like half the
            // table per value, and a task's page walked the district's activities for the few linked to it (1.1 s at the county).
            if (query.Sql.Contains("\"PlanTaskId\" = @", StringComparison.Ordinal) && !plan.Any(p => p.Contains("IX_Activities_PlanTaskId", StringComparison.Ordinal)))
            {
                problems.Add($"the task's activities not read by their index: {string.Join(" | ", plan)}\n{query.Sql}\n");
            }

            // A new form's category is the one its recorder chose last, found by their own index (an officer who had recorded
            // none had the district's activities sorted to find so: 0.2 s a form at the county).
            if (query.Sql.Contains("\"CreatedByUserId\" = @", StringComparison.Ordinal) && !plan.Any(p => p.Contains("IX_Activities_CreatedByUserId_Id", StringComparison.Ordinal)))
            {
                problems.Add($"the recorder's own activities not read by their index: {string.Join(" | ", plan)}\n{query.Sql}\n");
            }

            // The public highlights are the few activities chosen for it, read newest first by their own index.
            if (PublicFilter().IsMatch(query.Sql) && query.Sql.Contains("ORDER BY", StringComparison.Ordinal) && !plan.Any(p => p.Contains("IX_Activities_Public_Date_Id", StringComparison.Ordinal)))
            {
                problems.Add($"the public highlights not read by their index: {string.Join(" | ", plan)}\n{query.Sql}\n");
            }

            // The district's roster by name walks the name index and stops after the page; sorting the district's every
            // active volunteer to show 20 took 35 ms at the county. (A village chosen in it is sorted from its own range.)
            if (RosterByName().IsMatch(query.Sql) && !query.Sql.Contains("likelihood(", StringComparison.Ordinal) && plan.Any(p => p.Contains("TEMP B-TREE FOR", StringComparison.Ordinal)))
            {
                problems.Add($"the district's roster sorted instead of read by name: {string.Join(" | ", plan)}\n{query.Sql}\n");
            }

            // A large list is read by date and stops after the page, a chosen town's included (it sorted the town's 27,000).
            // (A count of the latest grouped by category sorts the groups once: that sort is the outer query's.)
            if (LargeNewestFirst().IsMatch(query.Sql)
                && plan.Count(p => p.EndsWith("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal)) > (query.Sql.Contains("GROUP BY", StringComparison.Ordinal) ? 1 : 0))
            {
                problems.Add($"a large activity list sorted instead of read by date: {string.Join(" | ", plan)}\n{query.Sql}\n");
            }

            // A chosen unit's range is the one sought: SQLite took the first of two ranges on the same column, the scope's
            // (a district listing one village walked the district, 82 ms for 2 activities at the county).
            // Two hinted reads still seek the scope's bounds and are left as known (issue 18's note): a chosen unit's tasks
            // beside a correlated read of their later progress reports, and a large list walking the date index, whose skip-scan
            // takes the scope's bounds within each date (a few hundred rows a date at the county; it stops after the page).
            var known = query.Sql.Contains("\"TaskProgress\"", StringComparison.Ordinal)
                || query.Sql.Contains("INDEXED BY \"IX_Activities_Date_UnitPath_Status\"", StringComparison.Ordinal);
            if (query.Sql.Contains("likelihood(", StringComparison.Ordinal) && !known && await ScopeBoundSoughtAsync(conn, query) is { } seek)
            {
                problems.Add($"the chosen unit's range not sought (seeks at {seek}): {string.Join(" | ", plan)}\n{query.Sql}\n");
            }

            // A large table read for a list of units walks the scope's path range instead of seeking those units' rows: the
            // planner takes the range for a small slice of the table, and a district's range holds all of it.
            foreach (var table in UnitList().Matches(query.Sql).Select(m => m.Groups[1].Value).Where(large.Contains))
            {
                if (plan.Any(p => p.StartsWith("SEARCH ", StringComparison.Ordinal) && p.Contains($"IX_{table}_UnitPath", StringComparison.Ordinal) && ScopeRange().IsMatch(p)))
                {
                    problems.Add($"{table} read for a list of units by the scope's range: {string.Join(" | ", plan)}\n{query.Sql}\n");
                }
            }

            // A list sent as one array is read by json_each (a virtual table); walking the path range beside it means the
            // list's index went unused.
            if (plan.Any(p => p.Contains("VIRTUAL TABLE", StringComparison.Ordinal)) && plan.Any(p => ScopeRange().IsMatch(p)))
            {
                problems.Add($"{string.Join(" | ", plan)}\n{query.Sql}\n");
            }
        }

        return problems;
    }

    /// <summary>
    /// The scope filter's parameter that an index seek starts or stops at, if any, from the statement's bytecode
    /// (<c>EXPLAIN</c>): each <c>Variable</c> loads parameter number P1 into register P2, each seek compares the index with
    /// registers from P3 on. The bundled SQLite leaves a Variable's name out of P4; named parameters are numbered in the
    /// order they first appear in the statement.
    /// </summary>
    private static async Task<string?> ScopeBoundSoughtAsync(SqliteConnection conn, CapturedCommand query)
    {
        var names = ParameterName().Matches(query.Sql).Select(m => m.Value).Distinct().ToList();
        await using var explain = new SqliteCommand("EXPLAIN " + query.Sql, conn);
        foreach (var parameter in query.Parameters)
        {
            explain.Parameters.AddWithValue(parameter.ParameterName, parameter.Value ?? DBNull.Value);
        }

        var loaded = new Dictionary<long, string>();
        var sought = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var opcode = reader.GetString(1);
                if (opcode == "Variable")
                {
                    loaded[reader.GetInt64(3)] = names[(int)reader.GetInt64(2) - 1];
                }
                else if (opcode is "SeekGE" or "SeekGT" or "SeekLE" or "SeekLT" or "IdxGE" or "IdxGT" or "IdxLE" or "IdxLT")
                {
                    var first = reader.GetInt64(4);
                    var count = long.TryParse(reader.IsDBNull(5) ? null : reader.GetValue(5).ToString(), out var n) ? n : 1;
                    for (var register = first; register < first + count; register++)
                    {
                        if (loaded.TryGetValue(register, out var name))
                        {
                            sought.Add(name);
                        }
                    }
                }
            }
        }

        // The chosen unit's bounds are InSubtree's @path and @end (numbered when a statement has several). A subquery that
        // has only the scope's range (the year's plans) seeks it, rightly; what must not happen is the chosen range unsought.
        Assert.True(sought.Count > 0, $"no index seek on a parameter found in the bytecode of\n{query.Sql}");
        return sought.Any(n => ChosenBound().IsMatch(n)) ? null : string.Join(", ", sought.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^@(path|end)\d*$")]
    private static partial Regex ChosenBound();

    [GeneratedRegex(@"@\w+")]
    private static partial Regex ParameterName();

    /// <summary>A page of activities newest first by the plan for a large list (a small one orders by the date plus nothing).</summary>
    [GeneratedRegex(@"FROM (?:""Activities""|\(\s*SELECT \* FROM ""Activities"" INDEXED BY ""\w+""\s*\)) AS ""(\w+)"".*ORDER BY ""\1"".""Date"" DESC, ""\1"".""Id"" DESC\s+LIMIT", RegexOptions.Singleline)]
    private static partial Regex LargeNewestFirst();

    [GeneratedRegex(@"<td><a href=""/volunteers/(\d+)""")]
    private static partial Regex VolunteerLink();

    [GeneratedRegex(@"/plans/\d+(?=[""?])")]
    private static partial Regex PlanLink();

    [GeneratedRegex(@"/plans/tasks/\d+(?=[""?])")]
    private static partial Regex TaskLink();

    [GeneratedRegex(@"FROM ""(\w+)""(?: INDEXED BY ""\w+""\s*\))? AS ""\w+""\s+WHERE [^()]*?""UnitId"" IN \(")]
    private static partial Regex UnitList();

    [GeneratedRegex(@"FROM (?:""Activities""|\(\s*SELECT \* FROM ""Activities"" INDEXED BY ""\w+""\s*\)) AS ""(\w+)""\s+WHERE [^()]*""\1"".""IsPublic"" AND ""\1"".""Status""")]
    private static partial Regex PublicFilter();

    [GeneratedRegex(@"FROM ""Volunteers"".*ORDER BY ""(\w+)"".""Name"", ""\1"".""BirthYear"", ""\1"".""Id""\s+LIMIT", RegexOptions.Singleline)]
    private static partial Regex RosterByName();

    [GeneratedRegex(@"USING (COVERING )?INDEX \S+ \((Unit)?Path>\? AND (Unit)?Path<\?\)")]
    private static partial Regex ScopeRange();
}
