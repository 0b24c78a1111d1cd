namespace Guangong.Web.Infrastructure.Files;

/// <summary>
/// Deletes the bytes of removed files once nobody can undo the removal any more: kept twice the undo window,
/// so an undo that starts at the window's last minute still finds its file. Runs at start and every ten minutes.
/// </summary>
public sealed class TrashSweeper(EvidenceFiles files, ILogger<TrashSweeper> log) : BackgroundService
{
    public static readonly TimeSpan Kept = Infrastructure.Auditing.RecentRemovals.Window * 2;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(10));
        do
        {
            try
            {
                var purged = files.PurgeTrash(Kept);
                if (purged > 0)
                {
                    log.LogInformation("Deleted {Count} removed files past their undo window", purged);
                }
            }
            catch (IOException e)
            {
                log.LogWarning(e, "Removed files could not be deleted; trying again later");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
