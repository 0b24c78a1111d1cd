using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Bases;

/// <summary>The education-base registry: register or edit a base; list them with their visits (activities held there) and yearly totals.</summary>
public sealed class BaseRegistry(GuangongDbContext db, Organization.UnitTreeOrder treeOrder, Organization.TownNamedUnits townNames)
{
    public async Task<CommandResult<EducationBase>> SaveAsync(long? id, BaseInput input, CancellationToken ct = default)
    {
        EducationBase? b;
        if (id is { } existing)
        {
            b = await db.EducationBases.SingleOrDefaultAsync(x => x.Id == existing, ct);
            if (b is null)
            {
                return CommandResult<EducationBase>.NotFound();
            }

            if (b.Version != input.Version)
            {
                return CommandResult<EducationBase>.Conflict(b);
            }
        }
        else
        {
            b = new EducationBase();
        }

        var errors = new List<FieldError>();
        var unit = long.TryParse(input.UnitId, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId)
            ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId && u.IsActive && u.Kind == UnitKind.EducationBase, ct)
            : null;
        if (unit is null)
        {
            errors.Add(new FieldError(nameof(input.UnitId), "请选择组织机构中类别为“教育基地”的单位（先在组织机构中建立）。"));
        }
        else if (await db.EducationBases.AnyAsync(x => x.UnitId == unit.Id && x.Id != b.Id, ct))
        {
            errors.Add(new FieldError(nameof(input.UnitId), "该教育基地已登记。"));
        }

        var category = EnumText.Parse<BaseCategory>(input.Category);
        if (category is null)
        {
            errors.Add(new FieldError(nameof(input.Category), "请选择基地类别。"));
        }

        int? capacity = null;
        if (!string.IsNullOrWhiteSpace(input.Capacity))
        {
            if (int.TryParse(input.Capacity.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c is > 0 and <= 100000)
            {
                capacity = c;
            }
            else
            {
                errors.Add(new FieldError(nameof(input.Capacity), "可容纳人数应为1至100000的整数。"));
            }
        }

        b.Host = Text(input.Host, 100, nameof(input.Host), "主办单位", errors);
        b.Address = Text(input.Address, 200, nameof(input.Address), "地址", errors);
        b.Description = Text(input.Description, 1000, nameof(input.Description), "简介", errors);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<EducationBase>.Invalid(errors);
        }

        b.UnitId = unit!.Id;
        b.Category = category!.Value;
        b.Capacity = capacity;
        if (id is null)
        {
            db.EducationBases.Add(b);
        }

        return await db.SaveOrConflictAsync(b, b.Id, ct);
    }

    public async Task<IReadOnlyList<BaseRow>> ListAsync(CancellationToken ct = default)
    {
        var bases = await treeOrder.SortAsync(await db.EducationBases.AsNoTracking().Include(b => b.Unit).OrderBy(b => b.Id).ToListAsync(ct), b => b.UnitPath, ct);
        var ids = bases.Select(b => b.UnitId).ToList();
        var visits = await db.Activities.AsNoTracking().Where(a => a.VenueUnitId != null && ids.Contains(a.VenueUnitId.Value))
            .GroupBy(a => a.VenueUnitId!.Value).Select(g => new { Id = g.Key, Count = g.Count(), Youth = g.Sum(a => a.YouthReached) }).ToListAsync(ct);
        return bases.Select(b => visits.FirstOrDefault(v => v.Id == b.UnitId) is { } v ? new BaseRow(b, v.Count, v.Youth) : new BaseRow(b, 0, 0)).ToList();
    }

    public async Task<BaseDetail?> DetailAsync(long id, CancellationToken ct = default)
    {
        var b = await db.EducationBases.AsNoTracking().Include(x => x.Unit).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (b is null)
        {
            return null;
        }

        var visits = await db.Activities.AsNoTracking().Where(a => a.VenueUnitId == b.UnitId).OrderByDescending(a => a.Date)
            .Select(a => new BaseVisit(a.Id, a.Date, a.Title, a.Unit!.Name, a.YouthGroups, a.YouthReached, a.UnitPath)).Take(200).ToListAsync(ct);
        visits = await townNames.NamedAsync(visits, v => v.UnitPath, v => v.Organizer, (v, name) => v with { Organizer = name }, ct);
        var years = visits.GroupBy(v => v.Date.Year).OrderByDescending(g => g.Key).Select(g => new BaseYear(g.Key, g.Count(), g.Sum(v => v.YouthReached))).ToList();
        return new BaseDetail(b, visits, years);
    }

    /// <summary>Units of kind 教育基地 in the scope, for the form.</summary>
    /// <summary>
    /// The education-base units a base may be registered for: those not registered yet, and <paramref name="keep"/> (the
    /// edited base's own). A registered one offered again could only be refused with 该教育基地已登记.
    /// </summary>
    public async Task<IReadOnlyList<(long Id, string Name)>> UnitChoicesAsync(long? keep = null, CancellationToken ct = default) =>
        (await treeOrder.SortAsync(await db.Units.AsNoTracking()
                .Where(u => u.IsActive && u.Kind == UnitKind.EducationBase && (u.Id == keep || !db.EducationBases.Any(b => b.UnitId == u.Id)))
                .Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(ct), u => u.Path, ct))
            .Select(u => (u.Id, u.Name)).ToList();

    private static string? Text(string? value, int max, string field, string label, List<FieldError> errors)
    {
        var t = value?.Trim();
        if (t is { Length: > 0 } && t.Length > max)
        {
            errors.Add(new FieldError(field, $"{label}不能超过{max}个字。"));
        }

        return string.IsNullOrEmpty(t) ? null : t;
    }
}

public sealed record BaseRow(EducationBase Base, int Visits, int YouthReached);

public sealed record BaseVisit(long ActivityId, DateOnly Date, string Title, string Organizer, string? Groups, int YouthReached, [property: System.Text.Json.Serialization.JsonIgnore] string UnitPath);

public sealed record BaseYear(int Year, int Visits, int YouthReached);

public sealed record BaseDetail(EducationBase Base, IReadOnlyList<BaseVisit> Visits, IReadOnlyList<BaseYear> Years);
