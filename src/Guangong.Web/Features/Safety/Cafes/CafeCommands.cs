using System.Globalization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Safety.Cafes;

/// <summary>The café registry: add or edit a café and its supervisors.</summary>
public sealed class CafeCommands(GuangongDbContext db, TimeProvider clock)
{
    public const int MaxInspectionsPerMonth = 8;

    public async Task<CommandResult<InternetCafe>> SaveAsync(long? id, CafeInput input, CancellationToken ct = default)
    {
        InternetCafe? cafe;
        if (id is { } existing)
        {
            cafe = await db.InternetCafes.Include(c => c.Supervisors).SingleOrDefaultAsync(c => c.Id == existing, ct);
            if (cafe is null)
            {
                return CommandResult<InternetCafe>.NotFound();
            }

            if (cafe.Version != input.Version)
            {
                return CommandResult<InternetCafe>.Conflict(cafe);
            }
        }
        else
        {
            cafe = new InternetCafe { CreatedUtc = clock.GetUtcNow().UtcDateTime };
        }

        var errors = new List<FieldError>();
        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 60)
        {
            errors.Add(new FieldError(nameof(input.Name), name.Length == 0 ? "请填写网吧名称。" : "名称不能超过60个字。"));
        }

        var address = SafetyText.Optional(input.Address, 100, nameof(input.Address), "地址", errors);
        var licence = SafetyText.Optional(input.LicenceNumber, 40, nameof(input.LicenceNumber), "许可证号", errors);
        var operatorName = SafetyText.Optional(input.OperatorName, 20, nameof(input.OperatorName), "经营者", errors);
        PhoneNumber.Check(input.OperatorPhone, nameof(input.OperatorPhone), errors);
        var unit = long.TryParse(input.UnitId, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId)
            ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId && u.IsActive, ct)
            : null;
        if (unit is null)
        {
            errors.Add(new FieldError(nameof(input.UnitId), "请选择所在单位（须在您的管理范围内）。"));
        }

        if (!int.TryParse(input.InspectionsPerMonth?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var perMonth) || perMonth is < 1 or > MaxInspectionsPerMonth)
        {
            errors.Add(new FieldError(nameof(input.InspectionsPerMonth), $"每月检查次数应为1到{MaxInspectionsPerMonth}之间的整数。"));
        }

        var wanted = (input.SupervisorIds ?? []).Distinct().ToList();
        var supervisors = await db.Volunteers.AsNoTracking().Where(v => wanted.Contains(v.Id) && v.Status == People.VolunteerStatus.Active).Select(v => v.Id).ToListAsync(ct);
        if (supervisors.Count != wanted.Count)
        {
            errors.Add(new FieldError(nameof(input.SupervisorIds), "监督员须从您管理范围内在册的五老中选择。"));
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<InternetCafe>.Invalid(errors);
        }

        (cafe.Name, cafe.Address, cafe.LicenceNumber, cafe.OperatorName) = (name, address, licence, operatorName);
        cafe.OperatorPhone = string.IsNullOrWhiteSpace(input.OperatorPhone) ? null : input.OperatorPhone.Trim();
        (cafe.UnitId, cafe.UnitPath, cafe.IsOpen, cafe.InspectionsPerMonth) = (unit!.Id, unit.Path, input.IsOpen, perMonth);
        cafe.Supervisors.RemoveAll(s => !supervisors.Contains(s.VolunteerId));
        foreach (var v in supervisors.Where(v => cafe.Supervisors.All(s => s.VolunteerId != v)))
        {
            cafe.Supervisors.Add(new CafeSupervisor { VolunteerId = v, UnitId = unit.Id, UnitPath = unit.Path });
        }

        foreach (var s in cafe.Supervisors)
        {
            (s.UnitId, s.UnitPath) = (unit.Id, unit.Path);
        }

        if (id is null)
        {
            db.InternetCafes.Add(cafe);
        }

        return await db.SaveOrConflictAsync(cafe, cafe.Id, ct);
    }
}
