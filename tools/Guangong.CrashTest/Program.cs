using System.Diagnostics;
using System.Globalization;
using Guangong.CrashTest;

// Kills the platform with SIGKILL at random moments under a write load, restarts it each time and
// checks that the database is intact, that every write the client saw acknowledged is there with
// its audit entry, and that every stored file record has its file. See docs/reliability.md.
var options = CrashOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("""
        usage: dotnet run -c Release --project tools/Guangong.CrashTest -- [--rounds 200] [--writers 3]
               [--provider sqlite|postgres] [--postgres "Host=…;Username=…;Database=postgres"] [--seed 1] [--minutes 15]
               [--kill-ms 200-1200] [--app artifacts/crash-app/Guangong.Web.dll]
        Publish the app first (ReadyToRun: a restart does not wait for the JIT):
          dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true src/Guangong.Web -o artifacts/crash-app
        """);
    return 2;
}

if (!File.Exists(options.AppPath))
{
    Console.Error.WriteLine($"The app is not published at {options.AppPath}: run dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true src/Guangong.Web -o artifacts/crash-app first.");
    return 2;
}

var dataDirectory = Path.Combine(Path.GetTempPath(), "guangong-crash-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
Directory.CreateDirectory(dataDirectory);
await using var store = await CrashStore.CreateAsync(options, dataDirectory);
var app = new AppUnderTest(options.AppPath, dataDirectory, store);
var random = new Random(options.Seed);
var report = new CrashReport();
var total = Stopwatch.StartNew();
WriterIdentity? identity = null;

Console.WriteLine($"{options.Provider}: {options.Rounds} rounds, {options.Writers} writers, data in {dataDirectory}");
var first = Stopwatch.StartNew();
await app.StartAsync(TimeSpan.FromMinutes(5));
Console.WriteLine($"first start (migrations and demo towns) {first.Elapsed.TotalSeconds:F1} s");
store.MarkStart();

// --minutes: stop after the round that passes the time (a busy machine), and report the rounds done.
for (var round = 1; round <= options.Rounds && (options.Minutes is not { } budget || total.Elapsed.TotalMinutes < budget); round++)
{
    var restarted = Stopwatch.GetTimestamp();
    if (round > 1)
    {
        await app.StartAsync(TimeSpan.FromMinutes(2));
        report.Restarts.Add(Stopwatch.GetElapsedTime(restarted).TotalMilliseconds);
    }

    identity ??= await WriterIdentity.SignInAsync(app.Client);
    var load = new WriteLoad(app.Client, round, options.Writers, identity);
    var running = load.RunAsync();

    // The kill falls at a random moment of the load (--kill-ms, 0.2–1.2 s by default) counted from the round's first
    // acknowledged write: on a busy machine the first writes after a restart can take seconds, and a kill before any
    // answer would test nothing but the start. The writers never pause, so writes are in flight when it falls.
    var flowing = Stopwatch.StartNew();
    while (load.FirstAcknowledged < 0 && !running.IsCompleted && flowing.Elapsed < TimeSpan.FromSeconds(60))
    {
        await Task.Delay(10);
    }

    if (round > 1 && load.FirstAcknowledged > 0)
    {
        report.CpuAtFirstWrite.Add(app.CpuMilliseconds());
    }

    await Task.Delay(TimeSpan.FromMilliseconds(random.Next(options.KillFromMs, options.KillToMs)));
    report.InFlightAtKill.Add(load.InFlight);
    app.Kill();
    await running;
    report.Acknowledged.UnionWith(load.Acknowledged);
    if (round > 1 && load.FirstAcknowledged > 0)
    {
        report.FirstWrites.Add(Stopwatch.GetElapsedTime(restarted, load.FirstAcknowledged).TotalMilliseconds);
    }
    report.Attempted += load.Attempted;
    if (load.TokenRefused)
    {
        identity = null;
    }

    var checking = Stopwatch.StartNew();
    var check = await store.CheckAsync(report.Acknowledged);
    report.Checks.Add(checking.Elapsed.TotalMilliseconds);
    report.Add(round, check);
    report.Kills = round;
    report.SampleLoad();
    if (round % 10 == 0 || !check.Ok)
    {
        Console.WriteLine($"round {round}: {report.Acknowledged.Count} acknowledged, {check.Present} present, missing {check.Missing.Count}, " +
            $"unaudited {check.Unaudited.Count}, files missing {check.FilesMissing.Count}, unreferenced files {check.Unreferenced}, integrity {check.Integrity}");
    }
}

Console.WriteLine(report.Summary(options, total.Elapsed, Path.Combine(dataDirectory, "app.log")));
return report.Failed ? 1 : 0;
