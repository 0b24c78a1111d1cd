using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Publicity;

public sealed record ArticleRow(long Id, string Title, ArticleKind Kind, ArticleStatus Status, DateOnly WrittenOn, string UnitName, string? FirstAuthor, int Adoptions, string UnitPath);

public sealed record ArticleFilter(string? Status, int? Year, int? Month, string? Search, int Page)
{
    public static ArticleFilter From(string? status, string? year, string? month, string? q, string? page) => new(
        status, QueryValue.Year(year), int.TryParse(month, out var m) && m is >= 1 and <= 12 ? m : null, string.IsNullOrWhiteSpace(q) ? null : q.Trim(), QueryValue.Page(page));
}

public sealed record CorrespondentChoice(long Id, string Name, string UnitName, long? UserId);

/// <summary>Reads articles, outlets and the choices the article form offers, through the scope filter.</summary>
public sealed class ArticleDirectory(GuangongDbContext db, Organization.TownNamedUnits townNames, Organization.UnitTreeOrder treeOrder)
{
    public async Task<PagedList<ArticleRow>> ListAsync(ArticleFilter filter, CancellationToken ct = default)
    {
        var q = db.Articles.AsNoTracking();
        if (EnumText.Parse<ArticleStatus>(filter.Status) is { } status)
        {
            q = q.Where(a => a.Status == status);
        }

        if (filter.Year is { } y)
        {
            var from = new DateOnly(y, filter.Month ?? 1, 1);
            var to = filter.Month is null ? from.AddYears(1) : from.AddMonths(1);
            q = q.Where(a => a.WrittenOn >= from && a.WrittenOn < to);
        }

        if (filter.Search is { } s)
        {
            q = q.Where(a => a.Title.Contains(s));
        }

        var page = await q.OrderByDescending(a => a.WrittenOn).ThenByDescending(a => a.Id)
            .Select(a => new ArticleRow(a.Id, a.Title, a.Kind, a.Status, a.WrittenOn, a.Unit!.Name,
                a.Authors.Where(x => x.Position == 0).Select(x => x.Correspondent!.Name).FirstOrDefault(), a.Adoptions.Count, a.UnitPath))
            .ToPagedListAsync(filter.Page, ct: ct);
        return page.With(await townNames.NamedAsync(page.Items, a => a.UnitPath, a => a.UnitName, (a, name) => a with { UnitName = name }, ct));
    }

    /// <summary>
    /// The home page's to-do: submitted articles the user may review (not their own) and the user's
    /// own articles returned for changes.
    /// </summary>
    public async Task<(int ToReview, int Returned)> TodoAsync(long userId, CancellationToken ct = default) => (
        await db.Articles.CountAsync(a => a.Status == ArticleStatus.Submitted && !a.Authors.Any(x => x.Correspondent!.UserId == userId), ct),
        await db.Articles.CountAsync(a => a.Status == ArticleStatus.Returned && a.Authors.Any(x => x.Correspondent!.UserId == userId), ct));

    public async Task<Article?> DetailAsync(long id, CancellationToken ct = default)
    {
        var article = await DetailQueryAsync(id, ct);
        if (article is { Adoptions.Count: > 0 })
        {
            // Not included: a town's outlet lies outside a village's scope, and the filter would drop the adoption with it.
            var outlets = (await OutletReach.PickableAsync(db, activeOnly: false, onlyId: null, ct)).ToDictionary(o => o.Id);
            foreach (var a in article.Adoptions.Where(a => a.Outlet is null))
            {
                a.Outlet = outlets.GetValueOrDefault(a.OutletId);
            }

            article.Adoptions.RemoveAll(a => a.Outlet is null);
        }

        return article;
    }

    private Task<Article?> DetailQueryAsync(long id, CancellationToken ct) =>
        db.Articles.AsNoTracking().AsSplitQuery()
            .Include(a => a.Unit)
            .Include(a => a.Authors.OrderBy(x => x.Position)).ThenInclude(x => x.Correspondent!.Unit)
            .Include(a => a.Images.OrderBy(i => i.Id))
            .Include(a => a.Steps.OrderBy(s => s.Id))
            .Include(a => a.Adoptions.OrderBy(x => x.Date))
            .SingleOrDefaultAsync(a => a.Id == id, ct);

    public async Task<string?> ActivityTitleAsync(long? id, CancellationToken ct = default) =>
        id is null ? null : await db.Activities.AsNoTracking().Where(a => a.Id == id).Select(a => a.Title).SingleOrDefaultAsync(ct);

    /// <summary>Correspondents the article form lists whole; a city's or a province's are many more.</summary>
    public const int MostCorrespondentsListed = 300;

    /// <summary>
    /// The correspondents the article form offers as authors: the scope's, while they fit
    /// <see cref="MostCorrespondentsListed"/> (a town has a handful); past that only those the form names now
    /// (<paramref name="keep"/>) and the writer's own (<paramref name="userId"/>), and the form says to switch down first.
    /// </summary>
    public async Task<(IReadOnlyList<CorrespondentChoice> Items, bool Trimmed)> CorrespondentChoicesAsync(IEnumerable<long> keep, long? userId, CancellationToken ct = default)
    {
        var kept = keep.Distinct().ToList();
        var trimmed = await db.Correspondents.HoldsMoreThanAsync(MostCorrespondentsListed, ct);
        var rows = await db.Correspondents.AsNoTracking().Where(c => !trimmed || kept.Contains(c.Id) || (userId != null && c.UserId == userId))
            .OrderBy(c => c.Name)
            .Select(c => new { Choice = new CorrespondentChoice(c.Id, c.Name, c.Unit!.Name, c.UserId), c.UnitPath }).ToListAsync(ct);
        // By their units in the tree's order, each unit named as the reader names it (a district's villages of two towns may share a name).
        var named = await townNames.ForAsync(rows.Select(r => r.UnitPath), ct);
        var items = (await treeOrder.SortAsync(rows, r => r.UnitPath, ct)).Select(r => r.Choice with { UnitName = named(r.UnitPath, r.Choice.UnitName) }).ToList();
        return (items, trimmed);
    }

    /// <summary>Recent activities an article may report (the last 60 in the scope).</summary>
    public async Task<IReadOnlyList<(long Id, string Text)>> ActivityChoicesAsync(CancellationToken ct = default) =>
        (await db.Activities.AsNoTracking().OrderByDescending(a => a.Date).Take(60)
            .Select(a => new { a.Id, a.Date, a.Title }).ToListAsync(ct))
        .Select(a => (a.Id, $"{Infrastructure.Time.ChinaTime.Date(a.Date)} {a.Title}")).ToList();

    public async Task<IReadOnlyList<Outlet>> OutletsAsync(bool activeOnly, CancellationToken ct = default) =>
        await db.Outlets.AsNoTracking().Where(o => !activeOnly || o.IsActive).OrderByDescending(o => o.Level).ThenBy(o => o.Name).ToListAsync(ct);

    /// <summary>The outlets to pick from when recording an adoption: the scope's own and the town's above it.</summary>
    public async Task<IReadOnlyList<Outlet>> PickableOutletsAsync(CancellationToken ct = default) =>
        await OutletReach.PickableAsync(db, activeOnly: true, onlyId: null, ct);

    public Task<ArticleImage?> ImageAsync(long id, CancellationToken ct = default) =>
        db.ArticleImages.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);

    public Task<Adoption?> AdoptionAsync(long id, CancellationToken ct = default) =>
        db.Adoptions.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
}
