using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Publicity;

public sealed record HighlightPhoto(long Id, string FileName, bool IsPublic);

public sealed record HighlightRow(long Id, string Title, DateOnly Date, string UnitName, string Category, bool IsPublic, long Version, IReadOnlyList<HighlightPhoto> Photos, string UnitPath);

/// <summary>
/// The officer's choice of activities (公开展示) and of their photos for the public 网上关工委. Only
/// what is chosen here is ever shown anonymously; who is on a photo is the officer's judgement.
/// </summary>
public sealed class Highlights(GuangongDbContext db, Organization.TownNamedUnits townNames)
{
    public const int PageSize = 20;

    /// <summary>A page of the completed activities (or of those shown publicly), newest first; the count stops at 10,000.</summary>
    public async Task<PagedList<HighlightRow>> ListAsync(int page, bool publicOnly, CancellationToken ct = default)
    {
        IQueryable<Activity> Shown(IQueryable<Activity> source)
        {
            var q = source.AsNoTracking().Where(a => a.Status == ActivityStatus.Completed);
            return publicOnly ? q.Where(a => a.IsPublic) : q;
        }

        // The shown ones have an index of their own (the planner takes it); the completed ones are read by date.
        var ids = publicOnly
            ? await NewestFirst.PageIdsAsync(Shown(db.Activities), page, PageSize, ct)
            : await NewestFirst.PageIdsAsync(db, Shown, page, PageSize, ct);
        var rows = await db.Activities.AsNoTracking().Where(a => ids.Items.Contains(a.Id))
            .Select(a => new HighlightRow(a.Id, a.Title, a.Date, a.Unit!.Name, a.Category, a.IsPublic, a.Version,
                a.Files.Where(f => f.HasThumbnail).OrderBy(f => f.Id).Select(f => new HighlightPhoto(f.Id, f.FileName, f.IsPublic)).ToList(), a.UnitPath))
            .ToListAsync(ct);
        var named = await townNames.NamedAsync(rows, a => a.UnitPath, a => a.UnitName, (a, name) => a with { UnitName = name }, ct);
        return ids.InOrderOf(named.ToDictionary(r => r.Id));
    }

    /// <summary>
    /// Sets 公开展示 and which photos go with it. Only a town's or district's officer decides: the
    /// highlight speaks for the committee, so a village recorder cannot publish their own record.
    /// </summary>
    public async Task<CommandResult<Activity>> SetAsync(long activityId, bool isPublic, IReadOnlyCollection<long> publicPhotoIds, CancellationToken ct = default)
    {
        var activity = await db.Activities.Include(a => a.Files).SingleOrDefaultAsync(a => a.Id == activityId, ct);
        if (activity is null)
        {
            return CommandResult<Activity>.NotFound();
        }

        var scopeLevel = db.Scope.UnitId is { } unitId
            ? await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => (UnitLevel?)u.Level).SingleOrDefaultAsync(ct)
            : null;
        if (scopeLevel is not (UnitLevel.Town or UnitLevel.District or UnitLevel.City or UnitLevel.Province))
        {
            return CommandResult<Activity>.Invalid(string.Empty, "公开展示由镇（街道）或上级关工委的干事决定，请先在右上角选择镇级单位。");
        }

        activity.IsPublic = isPublic;
        foreach (var f in activity.Files)
        {
            // Ids of other activities' photos match nothing here. A photo is public only together with its activity; withdrawing the activity withdraws them all.
            f.IsPublic = isPublic && f.HasThumbnail && publicPhotoIds.Contains(f.Id);
        }

        await db.SaveChangesAsync(ct);
        return CommandResult<Activity>.Ok(activity);
    }
}
