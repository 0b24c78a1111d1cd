using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Committees;

/// <summary>The town's setting as its officer sees it on the correspondents page.</summary>
public sealed record CorrespondentRecordingSetting(string TownName, bool Allowed, long Version);

/// <summary>
/// A town lets its correspondents' accounts (通讯员) record activities, or stops it (issue 12.6). Only the
/// town's own officer decides, on the town's own unit; the accounts gain or lose the right on their next request.
/// </summary>
public sealed class CorrespondentRecording(GuangongDbContext db, CurrentUser me)
{
    /// <summary>The setting of the town the user works at; null when the scope's unit is not a town.</summary>
    public async Task<CorrespondentRecordingSetting?> SettingAsync(CancellationToken ct = default) =>
        await Town().AsNoTracking().SingleOrDefaultAsync(ct) is { } town
            ? new CorrespondentRecordingSetting(town.Name, town.CorrespondentsRecordActivities, town.Version)
            : null;

    public async Task<CommandResult<Unit>> SetAsync(bool allowed, long version, CancellationToken ct = default)
    {
        var town = await Town().SingleOrDefaultAsync(ct);
        if (town is null)
        {
            return CommandResult<Unit>.NotFound();
        }

        if (town.Version != version)
        {
            return CommandResult<Unit>.Conflict(town);
        }

        town.CorrespondentsRecordActivities = allowed;
        return await db.SaveOrConflictAsync(town, town.Id, ct);
    }

    /// <summary>The scope's own unit when it is a town: the one place this setting lives, for reading and for saving.</summary>
    private IQueryable<Unit> Town() =>
        me.ScopeUnitId is { } id ? db.Units.Where(u => u.Id == id && u.Level == UnitLevel.Town) : db.Units.Where(u => false);
}
