using Guangong.Web.Infrastructure.Time;
using Microsoft.Extensions.Options;

namespace Guangong.Web.Infrastructure.Backup;

/// <summary>Settings of the "Backup" section.</summary>
public sealed class BackupOptions
{
    /// <summary>Take a backup every day (off by default: where backups go is the operator's decision).</summary>
    public bool Daily { get; set; }

    /// <summary>Where daily backups go; relative to the data folder. Better on another disk.</summary>
    public string Directory { get; set; } = "backups";

    /// <summary>Beijing time of day of the daily backup.</summary>
    public TimeOnly At { get; set; } = new(2, 30);

    /// <summary>How many daily backups are kept; older ones are deleted after a new one is verified.</summary>
    public int Keep { get; set; } = 14;
}

/// <summary>
/// The daily backup: one folder per day (yyyyMMdd-HHmm), verified after it is written; only then
/// are the oldest beyond <see cref="BackupOptions.Keep"/> removed, so a failed night never costs
/// the last good copy.
/// </summary>
public sealed class ScheduledBackups(IServiceProvider services, IOptions<BackupOptions> options, TimeProvider clock, ILogger<ScheduledBackups> logger, string dataDirectory)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Daily)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(UntilNext(), clock, stoppingToken);
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The daily backup failed");
            }
        }
    }

    public async Task<string> RunOnceAsync(CancellationToken ct)
    {
        var root = Path.GetFullPath(options.Value.Directory, dataDirectory);
        var name = ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        var folder = Path.Combine(root, name);
        await services.GetRequiredService<DataBackup>().CreateAsync(folder, ct);
        var problems = await DataBackup.VerifyAsync(folder, ct);
        if (problems.Count > 0)
        {
            throw new BackupException(string.Join("；", problems));
        }

        foreach (var old in System.IO.Directory.GetDirectories(root).Order(StringComparer.Ordinal).SkipLast(Math.Max(1, options.Value.Keep)))
        {
            System.IO.Directory.Delete(old, recursive: true);
        }

        logger.LogInformation("Daily backup written to {Folder}", folder);
        return folder;
    }

    private TimeSpan UntilNext()
    {
        var now = ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime);
        var next = now.Date + options.Value.At.ToTimeSpan();
        return (next > now ? next : next.AddDays(1)) - now;
    }
}
