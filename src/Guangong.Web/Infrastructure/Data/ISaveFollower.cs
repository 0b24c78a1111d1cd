using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Guangong.Web.Infrastructure.Data;

/// <summary>
/// Keeps derived rows (the statistics roll-up) in step with a save. <see cref="Capture"/> runs before the
/// save and notes what the pending changes touch (old values are gone after it); the returned step runs
/// after the save, inside the same transaction as the change and its audit entries, and may add or change
/// tracked rows that implement <see cref="IDerived"/>: they are written with the audit entries.
/// Registered once in the application's services; the save interceptor finds it there. A follower reads the rows added
/// without the tracker (<see cref="UntrackedAddsExtensions.AddedUntracked{T}"/>) beside the tracker's entries: they are
/// the save's added rows too.
/// </summary>
public interface ISaveFollower
{
    Func<GuangongDbContext, CancellationToken, Task>? Capture(ChangeTracker tracker);
}

/// <summary>A row computed from other rows (a roll-up cell): not audited, since the rows it comes from are.</summary>
public interface IDerived
{
}
