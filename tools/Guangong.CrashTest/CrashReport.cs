using System.Globalization;
using System.Text;

namespace Guangong.CrashTest;

internal sealed class CrashReport
{
    private readonly List<string> _failures = [];
    private RoundCheck? _last;

    public HashSet<string> Acknowledged { get; } = new(StringComparer.Ordinal);

    public List<double> Restarts { get; } = [];

    /// <summary>From the kill's restart to the first 201 of the round (start, sign-in, first write), ms.</summary>
    public List<double> FirstWrites { get; } = [];

    /// <summary>The machine's one-minute load average after each round (a shared machine is noisy).</summary>
    public List<double> LoadAverages { get; } = [];

    /// <summary>The app's CPU time (ms) when the round's first write was acknowledged: what a restart costs, load aside.</summary>
    public List<double> CpuAtFirstWrite { get; } = [];

    /// <summary>Writes sent and not yet answered at each kill.</summary>
    public List<double> InFlightAtKill { get; } = [];

    /// <summary>How long each check after a kill took, ms.</summary>
    public List<double> Checks { get; } = [];

    public int Attempted { get; set; }

    /// <summary>Rounds done (each ends in a kill); fewer than asked when --minutes ran out.</summary>
    public int Kills { get; set; }

    public bool Failed => _failures.Count > 0 || Acknowledged.Count == 0;

    public void Add(int round, RoundCheck check)
    {
        _last = check;

        // Each write cut before its answer may leave one photo behind, never more.
        if (check.Unreferenced > Attempted - Acknowledged.Count)
        {
            _failures.Add($"round {round}: {check.Unreferenced} photo files without a record, more than the {Attempted - Acknowledged.Count} writes a kill cut");
        }

        if (!check.Ok)
        {
            _failures.Add($"round {round}: integrity {check.Integrity}; missing {string.Join(", ", check.Missing.Take(5))}; " +
                $"unaudited {string.Join(", ", check.Unaudited.Take(5))}; files missing {check.FilesMissing.Count}; activities without their photo {check.WithoutPhoto}");
        }
    }

    public void SampleLoad()
    {
        if (File.Exists("/proc/loadavg")
            && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load))
        {
            LoadAverages.Add(load);
        }
    }

    public string Summary(CrashOptions options, TimeSpan elapsed, string appLog)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"provider {options.Provider}, {Kills} kills (of {options.Rounds} asked), {options.Writers} writers, seed {options.Seed}, {elapsed.TotalMinutes:F1} min");
        text.AppendLine(CultureInfo.InvariantCulture, $"writes attempted {Attempted}, acknowledged {Acknowledged.Count}, present at the end {_last?.Present ?? 0} (the rest were cut by a kill before their answer)");
        text.AppendLine(CultureInfo.InvariantCulture, $"photo files: every record's file present with its recorded size; {_last?.Unreferenced ?? 0} files without a record (written for saves a kill cut before their commit)");
        text.AppendLine(CultureInfo.InvariantCulture, $"restart to first answer (/healthz): {Spread(Restarts)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"restart to first acknowledged write: {Spread(FirstWrites)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"app CPU from its start to listening: {Spread(StartCpu(appLog))}; to the first acknowledged write: {Spread(CpuAtFirstWrite.Where(c => !double.IsNaN(c)).ToList())}");
        var inFlight = InFlightAtKill.Count == 0
            ? "n/a"
            : string.Create(CultureInfo.InvariantCulture, $"min {InFlightAtKill.Min()}, median {InFlightAtKill.Order().ElementAt(InFlightAtKill.Count / 2)}; {InFlightAtKill.Count(n => n == 0)} kills with none");
        text.AppendLine(CultureInfo.InvariantCulture, $"kills {options.KillFromMs}–{options.KillToMs} ms after the round's first acknowledged write; writes in flight at the kill: {inFlight}");
        text.AppendLine(CultureInfo.InvariantCulture, $"check after each kill: {Spread(Checks)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"rounds: {elapsed.TotalSeconds / Math.Max(1, Kills):F1} s each on average");
        if (LoadAverages.Count > 0)
        {
            var loads = LoadAverages.Order().ToList();
            text.AppendLine(CultureInfo.InvariantCulture, $"load average (1 min, after each round): median {loads[loads.Count / 2]:F1}, min {loads[0]:F1}, max {loads[^1]:F1}");
        }

        text.Append(_failures.Count == 0
            ? "result: every acknowledged write present with its audit entry and photo; database intact after every kill"
            : "result: FAILED\n" + string.Join('\n', _failures));
        return text.ToString();
    }

    /// <summary>The CPU time of each start to listening, from the app's own "Started in … (CPU … ms)" lines, the first start (migrations, demo) left out.</summary>
    private static List<double> StartCpu(string appLog) =>
        File.Exists(appLog)
            ? File.ReadLines(appLog)
                .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"Started in \d+ ms since the process began \(CPU (\d+) ms\)"))
                .Where(m => m.Success)
                .Skip(1)
                .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
                .ToList()
            : [];

    private static string Spread(List<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return "n/a";
        }

        var sorted = milliseconds.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"median {sorted[sorted.Count / 2] / 1000:F1} s, 90th percentile {sorted[(int)(sorted.Count * 0.9)] / 1000:F1} s, max {sorted[^1] / 1000:F1} s ({sorted.Count})");
    }
}
