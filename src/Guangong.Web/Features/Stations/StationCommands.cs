using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Text;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Stations;

/// <summary>The station registry: add or edit a station (its stage with it), and record its honours.</summary>
public sealed class StationCommands(GuangongDbContext db, StationTutors tutors, TimeProvider clock, Accounts.CurrentUser me)
{
    public static readonly string[] HonourTitles = ["区优", "市优"];

    /// <summary>
    /// An honour is awarded from above: one won before the platform is registered by a unit above the station's own (an
    /// approved application adds its own), and only such a unit takes a wrong one off. A village registering its own
    /// station's 区优 had put it on the list and the counts with nothing behind it.
    /// </summary>
    public bool MayRegisterHonours(Station station) => me.Can(Accounts.Policies.CanAssessPrograms) && me.HomeUnitId != station.UnitId;

    private const string OwnHonour = "荣誉由上级评定，本单位不能给自己的辅导站登记或删除荣誉。";

    public async Task<CommandResult<Station>> SaveAsync(long? id, StationInput input, CancellationToken ct = default)
    {
        Station? s;
        if (id is { } existing)
        {
            s = await db.Stations.SingleOrDefaultAsync(x => x.Id == existing, ct);
            if (s is null)
            {
                return CommandResult<Station>.NotFound();
            }

            if (s.Version != input.Version)
            {
                return CommandResult<Station>.Conflict(s);
            }
        }
        else
        {
            s = new Station();
        }

        var errors = new List<FieldError>();
        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 60)
        {
            errors.Add(new FieldError(nameof(input.Name), name.Length == 0 ? "请填写辅导站名称。" : "名称不能超过60个字。"));
        }

        var unit = long.TryParse(input.UnitId, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId)
            ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId && u.IsActive, ct)
            : null;
        if (unit is null || unit.Level != UnitLevel.Village || unit.Kind != UnitKind.Committee)
        {
            errors.Add(new FieldError(nameof(input.UnitId), "请选择所在的村（社区）关工委。"));
        }

        var stage = EnumText.Parse<StationStage>(input.Stage);
        if (stage is null)
        {
            errors.Add(new FieldError(nameof(input.Stage), "请选择创建阶段。"));
        }

        PhoneNumber.Check(input.Phone, nameof(input.Phone), errors);
        s.CivilizationStation = Text(input.CivilizationStation, 60, nameof(input.CivilizationStation), "共建的新时代文明实践站", errors);
        s.Partners = Text(input.Partners, 200, nameof(input.Partners), "共建单位", errors);
        s.Master = Text(input.Master, 20, nameof(input.Master), "站长", errors);
        s.Tutors = input.RosterTutors is null
            ? Text(input.Tutors, 300, nameof(input.Tutors), "辅导员", errors)
            : await tutors.JoinAsync(input.RosterTutors, input.Tutors, errors, ct);
        s.Rooms = Text(input.Rooms, 200, nameof(input.Rooms), "场地", errors);
        s.Equipment = Text(input.Equipment, 200, nameof(input.Equipment), "设施设备", errors);
        s.OpeningHours = Text(input.OpeningHours, 100, nameof(input.OpeningHours), "开放时间", errors);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<Station>.Invalid(errors);
        }

        s.Name = name;
        s.UnitId = unit!.Id;
        s.Stage = stage!.Value;
        s.Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        if (id is null)
        {
            db.Stations.Add(s);
        }

        return await db.SaveOrConflictAsync(s, s.Id, ct);
    }

    public async Task<CommandResult<StationHonour>> AddHonourAsync(long stationId, HonourInput input, CancellationToken ct = default)
    {
        var station = await db.Stations.AsNoTracking().Include(s => s.Honours).SingleOrDefaultAsync(s => s.Id == stationId, ct);
        if (station is null)
        {
            return CommandResult<StationHonour>.NotFound();
        }

        if (!MayRegisterHonours(station))
        {
            return CommandResult<StationHonour>.Invalid(string.Empty, OwnHonour);
        }

        var errors = new List<FieldError>();
        var thisYear = ChinaTime.Today(clock).Year;
        input.Year = TypedDigits.Number(input.Year)?.Trim();
        if (!int.TryParse(input.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > thisYear)
        {
            errors.Add(new FieldError(nameof(input.Year), $"年度应为2000至{thisYear}之间的年份。"));
        }

        var title = input.Title?.Trim();
        if (title is null || !HonourTitles.Contains(title))
        {
            errors.Add(new FieldError(nameof(input.Title), "请选择荣誉：区优或市优。"));
        }
        else if (station.Honours.Any(h => h.Year == year && h.Title == title))
        {
            errors.Add(new FieldError(nameof(input.Title), "该年度已登记这项荣誉。"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<StationHonour>.Invalid(errors);
        }

        var honour = new StationHonour { StationId = station.Id, UnitId = station.UnitId, Year = year, Title = title! };
        db.StationHonours.Add(honour);
        await db.SaveChangesAsync(ct);
        return CommandResult<StationHonour>.Ok(honour);
    }

    /// <summary>Takes off an honour registered by mistake (audited as any removal).</summary>
    public async Task<CommandResult<StationHonour>> RemoveHonourAsync(long stationId, long honourId, CancellationToken ct = default)
    {
        var station = await db.Stations.AsNoTracking().SingleOrDefaultAsync(s => s.Id == stationId, ct);
        var honour = station is null ? null : await db.StationHonours.SingleOrDefaultAsync(h => h.Id == honourId && h.StationId == stationId, ct);
        if (honour is null)
        {
            return CommandResult<StationHonour>.NotFound();
        }

        if (!MayRegisterHonours(station!))
        {
            return CommandResult<StationHonour>.Invalid(string.Empty, OwnHonour);
        }

        db.StationHonours.Remove(honour);
        await db.SaveChangesAsync(ct);
        return CommandResult<StationHonour>.Ok(honour);
    }

    private static string? Text(string? value, int max, string field, string label, List<FieldError> errors)
    {
        var t = value?.Trim();
        if (t is not null && t.Length > max)
        {
            errors.Add(new FieldError(field, $"{label}不能超过{max}个字。"));
        }

        return string.IsNullOrEmpty(t) ? null : t;
    }
}
