using System.Collections.Concurrent;

namespace Guangong.Web.Features.Accounts;

/// <summary>
/// Failed sign-ins counted per client address, in memory. An address that keeps failing is told
/// to wait, whatever names it tries, so one caller can neither guess passwords at speed nor walk
/// through user names. The wait doubles with every further failure (1, 2, 4 … 30 minutes).
/// </summary>
public sealed class SignInThrottle(TimeProvider clock, IConfiguration configuration)
{
    private readonly ConcurrentDictionary<string, Record> records = new(StringComparer.Ordinal);

    /// <summary>Failures an address may have in <see cref="Window"/> before it must wait.</summary>
    public int FreeFailures { get; } = configuration.GetValue("SignIn:FailuresPerAddress", 20);

    public static TimeSpan Window => TimeSpan.FromMinutes(15);

    public static TimeSpan LongestWait => TimeSpan.FromMinutes(30);

    /// <summary>True while the address must wait before its next attempt.</summary>
    public bool IsBlocked(string? address) =>
        records.TryGetValue(Key(address), out var r) && r.BlockedUntil > clock.GetUtcNow();

    public void Failed(string? address)
    {
        var now = clock.GetUtcNow();
        records.AddOrUpdate(Key(address), _ => new Record(1, now, DateTimeOffset.MinValue), (_, r) =>
        {
            var count = now - r.FirstFailure > Window && r.BlockedUntil < now ? 1 : r.Count + 1;
            var first = count == 1 ? now : r.FirstFailure;
            var over = count - FreeFailures;
            var blocked = over > 0
                ? now + TimeSpan.FromMinutes(Math.Min(LongestWait.TotalMinutes, Math.Pow(2, Math.Min(over - 1, 10))))
                : r.BlockedUntil;
            return new Record(count, first, blocked);
        });

        // Forget quiet addresses so the table cannot grow without bound.
        if (records.Count > 10_000)
        {
            foreach (var (key, r) in records)
            {
                if (r.BlockedUntil < now && now - r.FirstFailure > Window)
                {
                    records.TryRemove(key, out _);
                }
            }
        }
    }

    private static string Key(string? address) => address ?? "-";

    private sealed record Record(int Count, DateTimeOffset FirstFailure, DateTimeOffset BlockedUntil);
}
