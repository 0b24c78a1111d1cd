using Guangong.Web.Features.People;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>The roster tally recounted whole: <c>-- statistics rebuild</c>, the generator, and at start when it is missing.</summary>
public partial class RosterTally
{
    /// <summary>Units counted and written at a time by <see cref="RebuildAsync"/>.</summary>
    private const int UnitsPerBatch = 2000;

    /// <summary>
    /// Recounts every unit's tally (<c>-- statistics rebuild</c>, the generator, and at start when it is missing); system
    /// scope. The rows are written by the bulk writer, some thousand units at a time: a province's three million rows
    /// through the change tracker took 8.5 GB of memory and minutes at start, and counted all at once 2.4 GB.
    /// </summary>
    public static Task<int> RebuildAsync(GuangongDbContext db, CancellationToken ct = default) => RebuildAsync(db, UnitsPerBatch, ct);

    /// <summary>The same, <paramref name="unitsPerBatch"/> units at a time (a test crosses many batches on the demo's tree).</summary>
    internal static async Task<int> RebuildAsync(GuangongDbContext db, int unitsPerBatch, CancellationToken ct)
    {
        await db.RosterTallies.ExecuteDeleteAsync(ct);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(ct);
        var written = 0L;
        await db.Database.OpenConnectionAsync(ct);
        await using (var writer = new Infrastructure.Generation.BulkWriter(db))
        {
            foreach (var batch in units.Chunk(unitsPerBatch))
            {
                var rows = await CountAsync(db, batch, ct);
                foreach (var row in rows)
                {
                    row.Id = ++written;
                }

                await writer.WriteAsync(rows, ct);
            }

            await writer.ResetSequencesAsync(ct);
        }

        await RosterSubtreeTally.RebuildAsync(db, null, ct);
        return (int)written;
    }

    /// <summary>Rebuilds when volunteers exist but no tally does (a database from before the table) or the tally has no
    /// rows undoing a year's changes while there are changes (it came before them); sums the subtree rows when the tally
    /// exists without them (they came later).</summary>
    public static async Task<bool> RebuildIfMissingAsync(GuangongDbContext db, CancellationToken ct = default)
    {
        var yearsMissing = await db.VolunteerStatusChanges.AnyAsync(ct) && !await db.RosterTallies.AnyAsync(t => t.Dimension.Contains(YearMark), ct);
        if (!yearsMissing && (await db.RosterTallies.AnyAsync(ct) || !await db.Volunteers.AnyAsync(v => v.Status == VolunteerStatus.Active, ct)))
        {
            if (await db.RosterTallies.AnyAsync(ct) && !await db.RosterSubtreeTallies.AnyAsync(ct))
            {
                await RosterSubtreeTally.RebuildAsync(db, null, ct);
                return true;
            }

            return false;
        }

        await RebuildAsync(db, ct);
        return true;
    }
}
