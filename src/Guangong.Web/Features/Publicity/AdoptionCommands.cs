using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Guangong.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Publicity;

/// <summary>Recording that an outlet used an article (采用), and the outlets dictionary.</summary>
public sealed class AdoptionCommands(GuangongDbContext db, ArticleCommands articles, ArticleImages images, PendingUploads pending, CurrentUser me, TimeProvider clock)
{
    public const string TypedScoreMessage = "积分由评分规则根据媒体级别和稿件类型自动计算，不能手工填写。";

    public async Task<CommandResult<Adoption>> RecordAsync(long articleId, AdoptionInput input, (string FileName, byte[] Bytes)? clipping, CancellationToken ct = default)
    {
        var article = await db.Articles.Include(a => a.Adoptions).SingleOrDefaultAsync(a => a.Id == articleId, ct);
        if (article is null)
        {
            return CommandResult<Adoption>.NotFound();
        }

        var errors = new List<FieldError>();
        if (!string.IsNullOrWhiteSpace(input.Score))
        {
            errors.Add(new(nameof(input.Score), TypedScoreMessage));
        }

        if (article.Status is not (ArticleStatus.Reviewed or ArticleStatus.Adopted))
        {
            errors.Add(new(string.Empty, "稿件须先审核通过，才能登记采用。"));
        }

        var outletId = long.TryParse(input.OutletId, NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : 0;
        var outlet = (await OutletReach.PickableAsync(db, activeOnly: true, onlyId: outletId, ct)).SingleOrDefault();
        if (outlet is null)
        {
            errors.Add(new(nameof(input.OutletId), "请选择采用的媒体。"));
        }
        else if (article.Adoptions.Any(a => a.OutletId == outlet.Id))
        {
            errors.Add(new(nameof(input.OutletId), $"这篇稿件已登记过被“{outlet.Name}”采用，同一媒体不能重复登记。"));
        }

        var today = ChinaTime.Today(clock);
        var date = DateField.Read(input.Date, DateKind.Event, today, nameof(input.Date), errors, "请填写采用日期。");
        if (date is { } d)
        {
            if (d > today)
            {
                errors.Add(new(nameof(input.Date), "采用日期不能晚于今天。"));
            }
            else if (d < article.WrittenOn)
            {
                errors.Add(new(nameof(input.Date), $"采用日期不能早于稿件的成稿日期（{ChinaTime.Date(article.WrittenOn)}）。"));
            }
            else if (await IsClosedAsync(article.UnitPath, d.Year, d.Month, ct))
            {
                errors.Add(new(nameof(input.Date), $"{d.Year}年{d.Month}月的宣传通报已印发，该月已关账，不能再登记这个月的采用；请按实际采用日期登记，或在下月通报中更正。"));
            }
        }

        var link = input.Link?.Trim();
        var page = input.PageIssue?.Trim();
        if (string.IsNullOrEmpty(link) && string.IsNullOrEmpty(page))
        {
            errors.Add(new(nameof(input.Link), "请填写网页链接，或报纸、内刊的版面/期号。"));
        }
        else if (!string.IsNullOrEmpty(link) && (link.Length > 500 || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors.Add(new(nameof(input.Link), "链接应以 http:// 或 https:// 开头，且不超过500个字符。"));
        }

        if (page is { Length: > 60 })
        {
            errors.Add(new(nameof(input.PageIssue), "版面/期号不能超过60个字。"));
        }

        // A clipping uploaded as it was picked counts as posted; it ends in this save.
        var claimed = errors.Count == 0 ? await pending.ClaimAsync(input.Uploaded, ArticleImages.ClippingKind, "Clipping", errors, ct) : [];
        if (claimed.Count + (clipping is null ? 0 : 1) > 1)
        {
            errors.Add(new("Clipping", "每次采用只能附一张截图或剪报，请移除多余的。"));
        }
        else if (claimed.Count == 1)
        {
            clipping = (claimed[0].FileName, await pending.ReadBytesAsync(claimed[0], ct));
        }

        string? clippingKey = null;
        if (errors.Count == 0 && clipping is { } c)
        {
            var (stored, error) = await images.StoreAsync(c.FileName, c.Bytes, ct);
            if (stored is null)
            {
                errors.Add(new("Clipping", error!));
            }

            clippingKey = stored?.Key;
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<Adoption>.Invalid(errors);
        }

        var adoption = new Adoption
        {
            ArticleId = article.Id,
            OutletId = outlet!.Id,
            Date = date!.Value,
            Link = string.IsNullOrEmpty(link) ? null : link,
            PageIssue = string.IsNullOrEmpty(page) ? null : page,
            ClippingKey = clippingKey,
            RecordedByUserId = me.UserId,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            UnitId = article.UnitId,
            UnitPath = article.UnitPath,
        };
        article.Adoptions.Add(adoption);
        article.Status = ArticleStatus.Adopted;
        articles.Step(article, ArticleAction.Adopted, $"{outlet.Name}（{EnumText.Of(outlet.Level)}级）{ChinaTime.Date(adoption.Date)}");
        pending.Release(claimed);
        try
        {
            await db.SaveChangesAsync(ct);
            pending.DeleteBytes(claimed);
            return CommandResult<Adoption>.Ok(adoption);
        }
        catch (DbUpdateException)
        {
            // Two people recording the same adoption at once: the unique index keeps one.
            if (clippingKey is not null)
            {
                images.Delete(clippingKey);
            }

            db.ChangeTracker.Clear();
            return CommandResult<Adoption>.Invalid(nameof(input.OutletId), "这篇稿件刚被他人登记了同一媒体的采用，请刷新后查看。");
        }
        catch (WriteRefusedException refused)
        {
            if (clippingKey is not null)
            {
                images.Delete(clippingKey);
            }

            db.ChangeTracker.Clear();
            return CommandResult<Adoption>.Invalid(nameof(input.Date), refused.Message);
        }
    }

    /// <summary>
    /// Whether the month's 通报 has been issued by the article's unit or a unit above it: the
    /// town closes the month for its villages, so the closure may lie above the scope.
    /// </summary>
    public async Task<bool> IsClosedAsync(string unitPath, int year, int month, CancellationToken ct) =>
        (await ClosedMonthsAsync(unitPath, year, ct)).Contains(month);

    /// <summary>The months of the year closed for <paramref name="unitPath"/> (by it or a unit above it), in one read: the year's ranking asks of twelve.</summary>
    public async Task<IReadOnlySet<int>> ClosedMonthsAsync(string unitPath, int year, CancellationToken ct)
    {
        using var _ = db.Scope.ReadOutside(OutsideReasons.RulesFromAbove);
        var closures = await db.PublicityMonthClosures.AsNoTracking().Where(c => c.Year == year).Select(c => new { c.Month, c.UnitPath }).ToListAsync(ct);
        return closures.Where(c => unitPath.StartsWith(c.UnitPath, StringComparison.Ordinal)).Select(c => c.Month).ToHashSet();
    }

    public async Task<CommandResult<Outlet>> SaveOutletAsync(long? id, OutletInput input, CancellationToken ct = default)
    {
        var outlet = id is { } existing ? await db.Outlets.SingleOrDefaultAsync(x => x.Id == existing, ct) : new Outlet();
        if (outlet is null)
        {
            return CommandResult<Outlet>.NotFound();
        }

        if (id is not null && outlet.Version != input.Version)
        {
            return CommandResult<Outlet>.Conflict(outlet);
        }

        var errors = new List<FieldError>();
        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 60)
        {
            errors.Add(new(nameof(input.Name), name.Length == 0 ? "请填写媒体名称。" : "媒体名称不能超过60个字。"));
        }

        var level = EnumText.Parse<OutletLevel>(input.Level);
        var kind = EnumText.Parse<OutletKind>(input.Kind);
        if (level is null)
        {
            errors.Add(new(nameof(input.Level), "请选择媒体级别。"));
        }

        if (kind is null)
        {
            errors.Add(new(nameof(input.Kind), "请选择媒体类型。"));
        }

        var unitId = id is null ? me.ScopeUnitId ?? 0 : outlet.UnitId;
        if (name.Length > 0 && await db.Outlets.AnyAsync(x => x.UnitId == unitId && x.Name == name && x.Id != outlet.Id, ct))
        {
            errors.Add(new(nameof(input.Name), "已有同名媒体。"));
        }

        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            errors.Add(new(string.Empty, "请先在右上角选择一个单位。"));
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<Outlet>.Invalid(errors);
        }

        outlet.Name = name;
        outlet.Level = level!.Value;
        outlet.Kind = kind!.Value;
        outlet.IsActive = input.IsActive;
        outlet.UnitId = unit!.Id;
        outlet.UnitPath = unit.Path;
        if (id is null)
        {
            db.Outlets.Add(outlet);
        }

        return await db.SaveOrConflictAsync(outlet, outlet.Id, ct);
    }
}

public sealed class OutletInput
{
    public string? Name { get; set; }

    public string? Level { get; set; }

    public string? Kind { get; set; }

    public bool IsActive { get; set; } = true;

    public long Version { get; set; }
}
