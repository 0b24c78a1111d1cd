using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Guangong.Web.Features.Publicity;

public sealed record PublicUnit(long Id, string Name, string? Address, string? OfficePhone);

public sealed record PublicArticleRow(long Id, string Title, DateOnly Date, string UnitName, string Summary);

public sealed record PublicHighlight(long Id, string Title, DateOnly Date, string UnitName, string Category, string? Place, int YouthReached, IReadOnlyList<long> PhotoIds);

public sealed record PublicStation(string Name, string HostName, string? OpeningHours, string? Phone);

public sealed record PublicArticle(long Id, string Title, DateOnly Date, string UnitName, string Body, IReadOnlyList<ArticleImage> Images, IReadOnlyList<(string Outlet, DateOnly Date, string? Link)> Adoptions);

/// <summary>
/// The anonymous 网上关工委 of a town or district: only articles an officer published, with their
/// pictures and where they were adopted, and the committee's address and office landline. Nothing
/// about a person: no authors, no mobile numbers. Lists are cached briefly, since anyone may ask.
/// </summary>
public sealed class PublicSite(GuangongDbContext db, IMemoryCache cache, IPublicStationDirectory stations)
{
    public const int PageSize = 10;

    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(2);

    public async Task<PublicUnit?> UnitAsync(long unitId, CancellationToken ct = default) =>
        await cache.GetOrCreateAsync($"public-unit-{unitId}", async e =>
        {
            e.AbsoluteExpirationRelativeToNow = CacheFor;
            using var _ = db.Scope.ReadOutside(OutsideReasons.PublicSite);
            var u = await db.Units.AsNoTracking()
                .Where(x => x.Id == unitId && x.IsActive && x.Kind == UnitKind.Committee && (x.Level == UnitLevel.Town || x.Level == UnitLevel.District))
                .Select(x => new { x.Id, x.Name, x.Path, x.Address, x.ContactPhone }).SingleOrDefaultAsync(ct);

            // A landline is the committee's office; a mobile number belongs to a person and is never shown.
            return u is null ? null : new PublicUnit(u.Id, u.Name, u.Address, u.ContactPhone is { } p && p.StartsWith('0') ? p : null);
        });

    public async Task<(IReadOnlyList<PublicArticleRow> Rows, int Total)> ArticlesAsync(long unitId, int page, CancellationToken ct = default) =>
        await cache.GetOrCreateAsync($"public-articles-{unitId}-{page}", async e =>
        {
            e.AbsoluteExpirationRelativeToNow = CacheFor;
            using var _ = db.Scope.ReadOutside(OutsideReasons.PublicSite);
            var q = Published(await PathAsync(unitId, ct));
            var total = await q.CountAsync(ct);
            var rows = await q.OrderByDescending(a => a.WrittenOn).ThenByDescending(a => a.Id).Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)
                .Select(a => new { a.Id, a.Title, a.WrittenOn, UnitName = a.Unit!.Name, a.Body }).ToListAsync(ct);
            return ((IReadOnlyList<PublicArticleRow>)[.. rows.Select(a => new PublicArticleRow(a.Id, a.Title, a.WrittenOn, a.UnitName, ArticleBody.Summary(a.Body)))], total);
        });

    public async Task<PublicArticle?> ArticleAsync(long unitId, long id, CancellationToken ct = default)
    {
        using var _ = db.Scope.ReadOutside(OutsideReasons.PublicSite);
        var a = await Published(await PathAsync(unitId, ct)).Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id, x.Title, x.WrittenOn, UnitName = x.Unit!.Name, x.Body,
                Images = x.Images.OrderBy(i => i.Id).ToList(),
                Adoptions = x.Adoptions.OrderBy(d => d.Date).Select(d => new { Outlet = d.Outlet!.Name, d.Date, d.Link }).ToList(),
            }).SingleOrDefaultAsync(ct);
        return a is null ? null : new PublicArticle(a.Id, a.Title, a.WrittenOn, a.UnitName, a.Body, a.Images, [.. a.Adoptions.Select(d => (d.Outlet, d.Date, d.Link))]);
    }

    /// <summary>
    /// Activities the officer marked 公开展示, with the photos marked public. Never the summary (a
    /// recorder may have named a child there), the partners or anyone who served.
    /// </summary>
    public async Task<(IReadOnlyList<PublicHighlight> Rows, int Total)> HighlightsAsync(long unitId, int page, int pageSize = PageSize, CancellationToken ct = default) =>
        await cache.GetOrCreateAsync($"public-highlights-{unitId}-{page}-{pageSize}", async e =>
        {
            e.AbsoluteExpirationRelativeToNow = CacheFor;
            using var _ = db.Scope.ReadOutside(OutsideReasons.PublicSite);
            var path = await PathAsync(unitId, ct);
            // By the index of the shown activities (a few in a district's hundreds of thousands), the count too: SQLite
            // counted them by walking the district's path range.
            var q = db.ByIndex<Activities.Activity>(nameof(Activities.Activity.Date), nameof(Activities.Activity.Id)).AsNoTracking()
                .Where(a => a.IsPublic && a.Status == Activities.ActivityStatus.Completed && a.UnitPath.StartsWith(path));
            var total = await q.CountAsync(ct);
            var rows = await q.OrderByDescending(a => a.Date).ThenByDescending(a => a.Id).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize)
                .Select(a => new PublicHighlight(a.Id, a.Title, a.Date, a.Unit!.Name, a.Category, a.Place, a.YouthReached,
                    a.Files.Where(f => f.IsPublic && f.HasThumbnail).OrderBy(f => f.Id).Select(f => f.Id).ToList()))
                .ToListAsync(ct);
            return ((IReadOnlyList<PublicHighlight>)rows, total);
        });

    /// <summary>The 校外教育辅导站 of the town: name, host, opening hours and the station's own phone; not its master or tutors.</summary>
    public async Task<(IReadOnlyList<PublicStation> Rows, int Total)> StationsAsync(long unitId, int page, CancellationToken ct = default) =>
        await cache.GetOrCreateAsync($"public-stations-{unitId}-{page}", async e =>
        {
            e.AbsoluteExpirationRelativeToNow = CacheFor;
            using var _ = db.Scope.ReadOutside(OutsideReasons.PublicSite);
            var path = await PathAsync(unitId, ct);
            return await stations.ListAsync(path, (Math.Max(page, 1) - 1) * PageSize * 2, PageSize * 2, ct);
        });

    /// <summary>The storage key of a public photo of a public activity of the unit; null for anything else.</summary>
    public async Task<string?> HighlightPhotoKeyAsync(long unitId, long fileId, CancellationToken ct = default)
    {
        using var _ = db.Scope.ReadOutside(OutsideReasons.PublicSite);
        var path = await PathAsync(unitId, ct);
        return await db.ActivityFiles.AsNoTracking()
            .Where(f => f.Id == fileId && f.IsPublic && f.HasThumbnail && f.Activity!.IsPublic && f.Activity.Status == Activities.ActivityStatus.Completed && f.UnitPath.StartsWith(path))
            .Select(f => f.StorageKey).SingleOrDefaultAsync(ct);
    }

    /// <summary>The stored picture of a published article of the unit; null for anything else.</summary>
    public async Task<string?> ImageKeyAsync(long unitId, long imageId, CancellationToken ct = default)
    {
        using var _ = db.Scope.ReadOutside(OutsideReasons.PublicSite);
        var published = Published(await PathAsync(unitId, ct));
        return await db.ArticleImages.AsNoTracking().Where(i => i.Id == imageId && published.Any(a => a.Id == i.ArticleId)).Select(i => i.StorageKey).SingleOrDefaultAsync(ct);
    }

    private async Task<string> PathAsync(long unitId, CancellationToken ct) =>
        await db.Units.AsNoTracking().Where(u => u.Id == unitId && u.IsActive && u.Kind == UnitKind.Committee && (u.Level == UnitLevel.Town || u.Level == UnitLevel.District))
            .Select(u => u.Path).SingleOrDefaultAsync(ct) ?? "\u0001";

    // "\u0001" matches no path, so an unknown or unsuitable unit publishes nothing.
    private IQueryable<Article> Published(string path) =>
        db.Articles.AsNoTracking().Where(a => a.IsPublic && (a.Status == ArticleStatus.Reviewed || a.Status == ArticleStatus.Adopted) && a.UnitPath.StartsWith(path));
}
