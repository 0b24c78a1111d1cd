using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Safety.Water;

/// <summary>The water-body registry, the summer rota and incident records.</summary>
public sealed class WaterCommands(GuangongDbContext db, TimeProvider clock)
{
    public async Task<CommandResult<WaterBody>> SaveAsync(long? id, WaterBodyInput input, CancellationToken ct = default)
    {
        WaterBody? water;
        if (id is { } existing)
        {
            water = await db.WaterBodies.SingleOrDefaultAsync(w => w.Id == existing, ct);
            if (water is null)
            {
                return CommandResult<WaterBody>.NotFound();
            }

            if (water.Version != input.Version)
            {
                return CommandResult<WaterBody>.Conflict(water);
            }
        }
        else
        {
            water = new WaterBody { CreatedUtc = clock.GetUtcNow().UtcDateTime };
        }

        var errors = new List<FieldError>();
        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 60)
        {
            errors.Add(new FieldError(nameof(input.Name), name.Length == 0 ? "请填写水域名称。" : "名称不能超过60个字。"));
        }

        var kind = EnumText.Parse<WaterKind>(input.Kind);
        if (kind is null)
        {
            errors.Add(new FieldError(nameof(input.Kind), "请选择类型（河、湖、淖尔、水库、坑塘、水渠）。"));
        }

        var risk = EnumText.Parse<RiskLevel>(input.Risk);
        if (risk is null)
        {
            errors.Add(new FieldError(nameof(input.Risk), "请选择风险等级。"));
        }

        var unit = long.TryParse(input.UnitId, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId)
            ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId && u.IsActive, ct)
            : null;
        if (unit is null)
        {
            errors.Add(new FieldError(nameof(input.UnitId), "请选择所在村（嘎查、社区），须在您的管理范围内。"));
        }

        var (lat, lon) = Coordinates.Read(input.Latitude, input.Longitude, errors);
        var equipment = SafetyText.Optional(input.Equipment, 100, nameof(input.Equipment), "救生设施", errors);
        var person = SafetyText.Optional(input.ResponsiblePerson, 20, nameof(input.ResponsiblePerson), "责任人", errors);
        PhoneNumber.Check(input.ResponsiblePhone, nameof(input.ResponsiblePhone), errors);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<WaterBody>.Invalid(errors);
        }

        (water.Name, water.Kind, water.Risk, water.UnitId, water.UnitPath) = (name, kind!.Value, risk!.Value, unit!.Id, unit.Path);
        (water.Latitude, water.Longitude, water.HasWarningSigns, water.HasRescueEquipment) = (lat, lon, input.HasWarningSigns, input.HasRescueEquipment);
        (water.Equipment, water.ResponsiblePerson) = (equipment, person);
        water.ResponsiblePhone = string.IsNullOrWhiteSpace(input.ResponsiblePhone) ? null : input.ResponsiblePhone.Trim();
        if (id is null)
        {
            db.WaterBodies.Add(water);
        }

        return await db.SaveOrConflictAsync(water, water.Id, ct);
    }

    public async Task<CommandResult<PatrolRotaLine>> AddRotaLineAsync(RotaInput input, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        var water = long.TryParse(input.WaterBodyId, NumberStyles.None, CultureInfo.InvariantCulture, out var wid) ? await db.WaterBodies.AsNoTracking().SingleOrDefaultAsync(w => w.Id == wid, ct) : null;
        if (water is null)
        {
            errors.Add(new FieldError(nameof(input.WaterBodyId), "请选择水域。"));
        }

        var volunteer = long.TryParse(input.VolunteerId, NumberStyles.None, CultureInfo.InvariantCulture, out var vid)
            ? await db.Volunteers.AsNoTracking().Where(v => v.Id == vid && v.Status == People.VolunteerStatus.Active).Select(v => (long?)v.Id).SingleOrDefaultAsync(ct)
            : null;
        if (volunteer is null)
        {
            errors.Add(new FieldError(nameof(input.VolunteerId), "请从名册中选择在册的五老。"));
        }

        var today = ChinaTime.Today(clock);
        var from = DateField.Read(input.FromDate, DateKind.Event, today, nameof(input.FromDate), errors, "请填写开始日期。");
        var to = DateField.Read(input.ToDate, DateKind.Event, today, nameof(input.ToDate), errors, "请填写结束日期。");
        if (from is not null && to is not null && (to < from || to.Value.DayNumber - from.Value.DayNumber > 183))
        {
            errors.Add(new FieldError(nameof(input.ToDate), "结束日期须不早于开始日期，且一段排班不超过半年。"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<PatrolRotaLine>.Invalid(errors);
        }

        var line = new PatrolRotaLine { WaterBodyId = water!.Id, VolunteerId = volunteer!.Value, UnitId = water.UnitId, UnitPath = water.UnitPath, FromDate = from!.Value, ToDate = to!.Value };
        db.PatrolRotaLines.Add(line);
        await db.SaveChangesAsync(ct);
        return CommandResult<PatrolRotaLine>.Ok(line);
    }

    public async Task<CommandResult<DrowningIncident>> AddIncidentAsync(long unitId, IncidentInput input, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId && u.IsActive, ct);
        WaterBody? water = null;
        if (!string.IsNullOrWhiteSpace(input.WaterBodyId))
        {
            water = long.TryParse(input.WaterBodyId, NumberStyles.None, CultureInfo.InvariantCulture, out var wid) ? await db.WaterBodies.AsNoTracking().SingleOrDefaultAsync(w => w.Id == wid, ct) : null;
            if (water is null)
            {
                errors.Add(new FieldError(nameof(input.WaterBodyId), "所选水域不在您的管理范围内。"));
            }
        }

        if (unit is null && water is null)
        {
            errors.Add(new FieldError(nameof(input.WaterBodyId), "请选择水域。"));
        }

        var today = ChinaTime.Today(clock);
        var date = DateField.Read(input.Date, DateKind.Happened, today, nameof(input.Date), errors, "请填写日期。");

        var place = input.Place?.Trim() ?? string.Empty;
        if (place.Length is 0 or > 100)
        {
            errors.Add(new FieldError(nameof(input.Place), "请填写地点（100字以内，不写当事人姓名）。"));
        }

        var kind = EnumText.Parse<IncidentKind>(input.Kind);
        if (kind is null)
        {
            errors.Add(new FieldError(nameof(input.Kind), "请选择险情或溺水。"));
        }

        var involved = SafetyText.Count(input.MinorsInvolved, 50, nameof(input.MinorsInvolved), "涉及未成年人数", errors);
        var rescued = SafetyText.Count(input.Rescued, 50, nameof(input.Rescued), "获救人数", errors);
        var deaths = SafetyText.Count(input.Deaths, 50, nameof(input.Deaths), "死亡人数", errors);
        if (rescued + deaths > involved)
        {
            errors.Add(new FieldError(nameof(input.Rescued), "获救与死亡人数之和不能超过涉及人数。"));
        }

        var outcome = SafetyText.Optional(input.Outcome, 500, nameof(input.Outcome), "处置情况", errors);
        if (errors.Count > 0)
        {
            return CommandResult<DrowningIncident>.Invalid(errors);
        }

        var owner = water is not null ? (water.UnitId, water.UnitPath) : (unit!.Id, unit.Path);
        var incident = new DrowningIncident
        {
            UnitId = owner.Item1, UnitPath = owner.Item2, WaterBodyId = water?.Id, Date = date!.Value, Place = place, Kind = kind!.Value,
            MinorsInvolved = involved, Rescued = rescued, Deaths = deaths, Outcome = outcome, CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.DrowningIncidents.Add(incident);
        await db.SaveChangesAsync(ct);
        return CommandResult<DrowningIncident>.Ok(incident);
    }
}
