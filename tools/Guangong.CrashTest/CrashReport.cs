using System.Globalization;
using System.Text;

namespace Guangong.CrashTest;

internal sealed class CrashReport
{
    private readonly List<string> _failures = [];
    private RoundCheck? _last;

    public HashSet<string> Acknowledged { get; } = new(StringComparer.Ordinal);

    public List<double> Restarts { get; } = [];

    public int Attempted { get; set; }

    /// <summary>Rounds done (each ends in a kill); fewer than asked when --minutes ran out.</summary>
    public int Kills { get; set; }

    public bool Failed => _failures.Count > 0 || Acknowledged.Count == 0;

    public void Add(int round, RoundCheck check)
    {
        _last = check;
        if (!check.Ok)
        {
            _failures.Add($"round {round}: integrity {check.Integrity}; missing {string.Join(", ", check.Missing.Take(5))}; " +
                $"unaudited {string.Join(", ", check.Unaudited.Take(5))}; files missing {check.FilesMissing.Count}; activities without their photo {check.WithoutPhoto}");
        }
    }

    public string Summary(CrashOptions options, TimeSpan elapsed)
    {
        var sorted = Restarts.Order().ToList();
        var median = sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"provider {options.Provider}, {Kills} kills (of {options.Rounds} asked), {options.Writers} writers, seed {options.Seed}, {elapsed.TotalMinutes:F1} min");
        text.AppendLine(CultureInfo.InvariantCulture, $"writes attempted {Attempted}, acknowledged {Acknowledged.Count}, present at the end {_last?.Present ?? 0} (the rest were cut by a kill before their answer)");
        text.AppendLine(CultureInfo.InvariantCulture, $"restart to first answer: median {median / 1000:F1} s, max {(sorted.Count == 0 ? 0 : sorted[^1]) / 1000:F1} s");
        text.Append(_failures.Count == 0
            ? "result: every acknowledged write present with its audit entry and photo; database intact after every kill"
            : "result: FAILED\n" + string.Join('\n', _failures));
        return text.ToString();
    }
}
