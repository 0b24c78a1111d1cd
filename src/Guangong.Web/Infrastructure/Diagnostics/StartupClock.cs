using System.Diagnostics;
using System.Globalization;

namespace Guangong.Web.Infrastructure.Diagnostics;

/// <summary>
/// Where a start's time goes, from the process's own start (the runtime's boot before Main included) to the
/// moment Kestrel listens, logged once as "Started in …" (category Guangong.Web.Startup, Information). A restart
/// after a crash is downtime, so its parts are measured rather than guessed (docs/reliability.md).
/// </summary>
public static class StartupClock
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static readonly List<string> Steps = [];
    private static readonly double BeforeMain = SinceProcessStart();
    private static long last;
    private static double lastCpu;
    private static int reported;

    /// <summary>Starts the clock (its first use); call first thing in Main.</summary>
    public static void Start() => Step("main");

    /// <summary>Marks the end of a step that began where the previous one ended.</summary>
    public static void Step(string name)
    {
        lock (Steps)
        {
            // CPU time beside the wall clock: on a shared, busy machine the wall clock mostly measures the others.
            var now = Clock.ElapsedMilliseconds;
            var cpu = CpuMilliseconds();
            Steps.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {now - last} ms (CPU {cpu - lastCpu:F0} ms)"));
            last = now;
            lastCpu = cpu;
        }
    }

    /// <summary>Logs the steps once the server listens.</summary>
    public static void ReportWhenListening(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Guangong.Web.Startup");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            // Tests start many hosts in one process; the first start is the one a process has.
            if (Interlocked.Exchange(ref reported, 1) == 1)
            {
                return;
            }

            Step("listening");
            string steps;
            lock (Steps)
            {
                steps = string.Join(", ", Steps);
            }

            logger.LogInformation("Started in {Total} ms since the process began (CPU {Cpu} ms): runtime before Main {BeforeMain} ms, {Steps}",
                (long)(BeforeMain + Clock.ElapsedMilliseconds), (long)CpuMilliseconds(), (long)BeforeMain, steps);
        });
    }

    private static double CpuMilliseconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }

    private static double SinceProcessStart()
    {
        try
        {
            using var process = Process.GetCurrentProcess();
            return Math.Max(0, (DateTime.Now - process.StartTime).TotalMilliseconds);
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or System.ComponentModel.Win32Exception)
        {
            return 0;
        }
    }
}
