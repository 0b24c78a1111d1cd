using System.Globalization;

namespace Guangong.CrashTest;

internal sealed record CrashOptions(int Rounds, int Writers, string Provider, string? PostgresAdmin, int Seed, string AppPath, double? Minutes = null, int KillFromMs = 200, int KillToMs = 1200)
{
    public static CrashOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                return null;
            }

            values[args[i][2..]] = args[++i];
        }

        var provider = values.GetValueOrDefault("provider", "sqlite").ToLowerInvariant();
        if (provider is not ("sqlite" or "postgres") || (provider == "postgres" && !values.ContainsKey("postgres")))
        {
            return null;
        }

        // --kill-ms A-B: the kill falls at a random moment A to B ms after the round's first acknowledged write.
        var kill = values.GetValueOrDefault("kill-ms", "200-1200").Split('-');
        if (kill.Length != 2 || !int.TryParse(kill[0], CultureInfo.InvariantCulture, out var killFrom) || !int.TryParse(kill[1], CultureInfo.InvariantCulture, out var killTo)
            || killFrom < 0 || killTo <= killFrom)
        {
            return null;
        }

        return new CrashOptions(
            int.Parse(values.GetValueOrDefault("rounds", "200"), CultureInfo.InvariantCulture),
            int.Parse(values.GetValueOrDefault("writers", "3"), CultureInfo.InvariantCulture),
            provider,
            values.GetValueOrDefault("postgres"),
            int.Parse(values.GetValueOrDefault("seed", "1"), CultureInfo.InvariantCulture),
            Path.GetFullPath(values.GetValueOrDefault("app", Path.Combine("artifacts", "crash-app", "Guangong.Web.dll"))),
            values.TryGetValue("minutes", out var minutes) ? double.Parse(minutes, CultureInfo.InvariantCulture) : null,
            killFrom,
            killTo);
    }
}
