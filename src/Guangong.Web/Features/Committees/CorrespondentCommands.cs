using System.Globalization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Committees;

/// <summary>Correspondents (通讯员): add one or edit one.</summary>
public sealed class CorrespondentCommands(GuangongDbContext db, TimeProvider clock)
{
    public async Task<CommandResult<Correspondent>> SaveCorrespondentAsync(long? id, CorrespondentInput input, CancellationToken ct = default)
    {
        Correspondent? c;
        if (id is { } existing)
        {
            c = await db.Correspondents.SingleOrDefaultAsync(x => x.Id == existing, ct);
            if (c is null)
            {
                return CommandResult<Correspondent>.NotFound();
            }

            if (c.Version != input.Version)
            {
                return CommandResult<Correspondent>.Conflict(c);
            }
        }
        else
        {
            c = new Correspondent();
        }

        var errors = new List<FieldError>();
        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 20)
        {
            errors.Add(new FieldError(nameof(input.Name), name.Length == 0 ? "请填写姓名。" : "姓名不能超过20个字。"));
        }

        PhoneNumber.Check(input.Phone, nameof(input.Phone), errors);
        var unit = long.TryParse(input.UnitId, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId)
            ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId && u.IsActive, ct)
            : null;
        if (unit is null)
        {
            errors.Add(new FieldError(nameof(input.UnitId), "请选择负责的单位（须在您的管理范围内）。"));
        }

        if (input.Grid is { Length: > 100 })
        {
            errors.Add(new FieldError(nameof(input.Grid), "网格说明不能超过100个字。"));
        }

        var from = DateField.Read(input.FromDate, DateKind.Service, ChinaTime.Today(clock), nameof(input.FromDate), errors);
        var to = DateField.Read(input.ToDate, DateKind.Service, ChinaTime.Today(clock), nameof(input.ToDate), errors);
        if (from is not null && to is not null && to < from)
        {
            errors.Add(new FieldError(nameof(input.ToDate), "结束日期不能早于开始日期。"));
        }

        // The same person for the same unit over the same time is one correspondent (a double tap, a second tab): a
        // second row would owe the monthly quota twice and split their articles between two names in the rankings.
        if (unit is not null && name.Length > 0)
        {
            var same = await db.Correspondents.AsNoTracking().Where(x => x.UnitId == unit.Id && x.Name == name && x.Id != c.Id)
                .Select(x => new { x.FromDate, x.ToDate }).ToListAsync(ct);
            if (same.Any(x => (x.FromDate ?? DateOnly.MinValue) <= (to ?? DateOnly.MaxValue) && (from ?? DateOnly.MinValue) <= (x.ToDate ?? DateOnly.MaxValue)))
            {
                errors.Add(new FieldError(nameof(input.Name), $"{unit.Name}在这段时间已有通讯员{name}，不必重复登记；如需改动，请编辑原来的记录。"));
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<Correspondent>.Invalid(errors);
        }

        c.Name = name;
        c.Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        c.UnitId = unit!.Id;
        c.UnitPath = unit.Path;
        c.Grid = string.IsNullOrWhiteSpace(input.Grid) ? null : input.Grid.Trim();
        c.FromDate = from;
        c.ToDate = to;
        if (id is null)
        {
            db.Correspondents.Add(c);
        }

        return await db.SaveOrConflictAsync(c, c.Id, ct);
    }
}
