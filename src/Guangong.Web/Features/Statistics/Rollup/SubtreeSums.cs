using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>
/// A table that keeps a per-unit table's sums over each unit's subtree: <see cref="RollupSubtreeCell"/> from the roll-up
/// cells, <see cref="RosterSubtreeTally"/> from the roster tally, <see cref="TaskSubtreeTally"/> from the task tally. They
/// differ only in their key and value columns, so one rebuild serves the three. Names come from the code, never input.
/// </summary>
/// <param name="valueOf">A difference as the value column's type (the counts are int, the roll-up values long).</param>
internal sealed class SubtreeSums(string table, string source, string[] keys, string value, Func<long, object> valueOf)
{
    private readonly KeyedCounts counts = new(table, keys, value, valueOf);

    public static readonly SubtreeSums Rollup = new("RollupSubtreeCells", "RollupCells", ["Period", "Indicator", "Key"], "Value", d => d);

    public static readonly SubtreeSums Roster = new("RosterSubtreeTallies", "RosterTallies", ["Dimension", "Key"], "Count", d => (int)d);

    public static readonly SubtreeSums Tasks = new("TaskSubtreeTallies", "TaskTallies", ["Year", "DueDate", "Done"], "Count", d => (int)d);

    /// <summary>
    /// Recomputes the subtree rows of the given units (all units when null) from the source rows in their path ranges;
    /// runs with a widened scope. The few units a move changed are read by a range join on the path index; all units at
    /// once through <see cref="SubtreeFilter.UnitsAboveCte"/> (the range join of a province's two million roster rows with
    /// its units ran past the 30 s a start allows).
    /// </summary>
    public async Task<int> RebuildAsync(GuangongDbContext db, IReadOnlyCollection<long>? units, CancellationToken ct)
    {
        if (units is { Count: 0 })
        {
            return 0;
        }

        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        var columns = string.Join(", ", keys.Select(k => $"\"{k}\""));
        var sourceKeys = string.Join(", ", keys.Select(k => $"t.\"{k}\""));
        if (units is null)
        {
            await RunAsync(db, $"DELETE FROM \"{table}\"", ct);
            // The source has often just been filled by a rebuild: without its statistics the planner guesses badly.
            await RunAsync(db, $"ANALYZE \"{source}\"", ct);
            return await RunAsync(db, $"""
                WITH {SubtreeFilter.UnitsAboveCte}
                INSERT INTO "{table}" ("UnitId", "UnitPath", {columns}, "{value}")
                SELECT above."AboveId", above."AbovePath", {sourceKeys}, SUM(t."{value}")
                FROM "{source}" t JOIN above ON above."UnitId" = t."UnitId"
                GROUP BY above."AboveId", above."AbovePath", {sourceKeys}
                HAVING SUM(t."{value}") <> 0
                """, ct);
        }

        // The filter is built from numbers only (unit ids).
        var ids = string.Join(',', units);
        await RunAsync(db, $"DELETE FROM \"{table}\" WHERE \"UnitId\" IN ({ids})", ct);
        return await RunAsync(db, $"""
            INSERT INTO "{table}" ("UnitId", "UnitPath", {columns}, "{value}")
            SELECT u."Id", u."Path", {sourceKeys}, SUM(t."{value}")
            FROM "Units" u JOIN "{source}" t ON t."UnitPath" >= u."Path" AND t."UnitPath" < substr(u."Path", 1, length(u."Path") - 1) || '0'
            WHERE u."Id" IN ({ids})
            GROUP BY u."Id", u."Path", {sourceKeys}
            HAVING SUM(t."{value}") <> 0
            """, ct);
    }

    /// <summary>Adds the differences (already in one fixed order: unit, then keys) to the subtree rows: <see cref="KeyedCounts.ApplyAsync"/>.</summary>
    public Task ApplyAsync(GuangongDbContext db, IReadOnlyList<(long UnitId, string UnitPath, object[] Keys, long Delta)> moved, CancellationToken ct) =>
        counts.ApplyAsync(db, moved, ct);

    /// <summary>The statements above are built from the code's table and column names and unit ids only.</summary>
    private static Task<int> RunAsync(GuangongDbContext db, string sql, CancellationToken ct) => db.Database.ExecuteSqlRawAsync(sql, ct);
}
