using System.Collections.Concurrent;

namespace Guangong.Web.Infrastructure.Auditing;

/// <summary>
/// Someone probing ids outside their scope would otherwise write one audit line per request, so
/// probing alone could grow the table by thousands of rows. The first refusal of a user for a
/// kind of record in each ten minutes is written; the ones after it are counted and the count is
/// said on the next line written for them.
/// </summary>
public static class RepeatedDenials
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private static readonly ConcurrentDictionary<string, Tally> Tallies = new(StringComparer.Ordinal);

    /// <summary>Null when this refusal is only counted; otherwise how many were counted since the last line written.</summary>
    public static int? Admit(string who, string entity, DateTime nowUtc)
    {
        var key = who + "\u001f" + entity;
        int? admitted = null;
        Tallies.AddOrUpdate(key,
            _ =>
            {
                admitted = 0;
                return new Tally(nowUtc, 0);
            },
            (_, t) =>
            {
                if (nowUtc - t.WindowStart < Window)
                {
                    admitted = null;
                    return t with { Counted = t.Counted + 1 };
                }

                admitted = t.Counted;
                return new Tally(nowUtc, 0);
            });

        if (Tallies.Count > 10_000)
        {
            foreach (var (k, t) in Tallies)
            {
                if (nowUtc - t.WindowStart > Window && t.Counted == 0)
                {
                    Tallies.TryRemove(k, out _);
                }
            }
        }

        return admitted;
    }

    private sealed record Tally(DateTime WindowStart, int Counted);
}
