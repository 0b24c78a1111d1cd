using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>
/// A table of counts kept per unit and keys (unique on the unit and the keys), moved by differences: the subtree tables
/// (<see cref="SubtreeSums"/>) and a unit's own roster rows when people are added to it (<see cref="RosterTallyFollower"/>).
/// Names come from the code, never input.
/// </summary>
/// <param name="valueOf">A difference as the value column's type (the counts are int, the roll-up values long).</param>
internal sealed class KeyedCounts(string table, string[] keys, string value, Func<long, object> valueOf)
{
    public static readonly KeyedCounts RosterTally = new("RosterTallies", ["Dimension", "Key"], "Count", d => (int)d);

    /// <summary>Rows a statement: well inside both providers' parameter limits, and one round trip for most saves.</summary>
    private const int RowsPerStatement = 200;

    /// <summary>
    /// Adds the differences (already in one fixed order: unit, then keys, so two saves that share a district's row wait for
    /// each other instead of deadlocking) as upserts of many rows a statement, which take their rows in the order given;
    /// then drops the rows that came to zero, among the units and first-key values touched.
    /// </summary>
    public async Task ApplyAsync(GuangongDbContext db, IReadOnlyList<(long UnitId, string UnitPath, object[] Keys, long Delta)> moved, CancellationToken ct)
    {
        // One row each: a statement may not update a row twice (the same unit reached by two paths, were a path stale).
        moved = [.. moved.GroupBy(m => (m.UnitId, string.Join('\u0001', m.Keys)))
            .Select(g => g.Skip(1).Any() ? g.First() with { Delta = g.Sum(m => m.Delta) } : g.First())];
        if (moved.Count == 0)
        {
            return;
        }

        var columns = string.Join(", ", keys.Select(k => $"\"{k}\""));
        var width = keys.Length + 3;
        foreach (var chunk in moved.Chunk(RowsPerStatement))
        {
            var rows = string.Join(", ", chunk.Select((_, r) => $"({string.Join(", ", Enumerable.Range(r * width, width).Select(i => $"{{{i}}}"))})"));
            var upsert = $"""
                INSERT INTO "{table}" ("UnitId", "UnitPath", {columns}, "{value}") VALUES {rows}
                ON CONFLICT ("UnitId", {columns}) DO UPDATE SET "{value}" = "{table}"."{value}" + excluded."{value}"
                """;
            await db.Database.ExecuteSqlRawAsync(upsert, chunk.SelectMany(m => (object[])[m.UnitId, m.UnitPath, .. m.Keys, valueOf(m.Delta)]), ct);
        }

        var units = string.Join(',', moved.Select(m => m.UnitId).Distinct());
        var firstKeys = moved.Select(m => m.Keys[0]).Distinct().ToArray();
        var zero = $"""
            DELETE FROM "{table}" WHERE "UnitId" IN ({units}) AND "{value}" = 0
              AND "{keys[0]}" IN ({string.Join(", ", firstKeys.Select((_, i) => $"{{{i}}}"))})
            """;
        await db.Database.ExecuteSqlRawAsync(zero, firstKeys, ct);
    }
}
