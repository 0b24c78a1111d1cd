using Guangong.Web.Features.Dictionaries;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.People;

/// <summary>Commands on the 五老 roster: add, edit, change status (kept as history), record a visit.</summary>
public sealed class VolunteerRoster(GuangongDbContext db, CodeLists codeLists, Organization.TownNamedUnits townNames, Organization.UnitChoices unitChoices, TimeProvider clock)
{
    /// <summary>
    /// What the roster's filter and forms offer: the categories, the layers, and the units cut as every unit picker cuts
    /// them (keeping <paramref name="unit"/>, the one filtered by or the form's). Neither needs <see cref="CodesAsync(CancellationToken)"/>'s
    /// every unit of the scope with its label, which the import checks against: a province's 24,000.
    /// </summary>
    public async Task<RosterChoices> ChoicesAsync(long? unit, CancellationToken ct = default) => new(
        await codeLists.EnabledValuesAsync("五老类别", ct),
        await codeLists.EnabledValuesAsync("队伍层级", ct),
        await unitChoices.PickableAsync(unit, ct),
        ChinaTime.Today(clock));

    public const string ErasedMessage = "该五老的个人信息已注销，不能再修改。";

    public const string DuplicateMessage = "范围内已有同名、同出生年份、同电话的五老，请勿重复录入。";

    /// <summary>Every active unit of the scope with its label, as a spreadsheet names them: what the import and export read.</summary>
    public Task<RosterCodes> CodesAsync(CancellationToken ct = default) => ReadCodesAsync(null, null, ct);

    /// <summary>
    /// What the rules check one form's or request's fields against: when it names its unit by id (as the forms do), that unit
    /// alone if it is active and in scope; a name (the API takes one) is looked up among every unit of the scope. The
    /// record's <paramref name="current"/> unit is taken even if it has been stopped since: the edit form shows it chosen,
    /// and correcting a phone number does not make the officer move the person first.
    /// </summary>
    public Task<RosterCodes> CodesForAsync(string? unit, long? current = null, CancellationToken ct = default) =>
        long.TryParse(unit?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? ReadCodesAsync(id, current, ct)
            : ReadCodesAsync(null, current, ct);

    private async Task<RosterCodes> ReadCodesAsync(long? only, long? current, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Where(u => (u.IsActive || u.Id == current) && (only == null || u.Id == only))
            .Select(u => new { u.Id, u.Name, u.Path, u.Depth, u.SortOrder })
            .ToListAsync(ct);
        var label = await townNames.ForAsync(units.Select(u => u.Path), ct);
        // In the tree's order: the spreadsheet's list of units reads as the unit pickers do.
        var ordered = Organization.TreeOrder.Sort(units, u => u.Id, u => u.Path, u => u.SortOrder, u => u.Name);
        return new RosterCodes(
            await codeLists.EnabledValuesAsync("五老类别", ct),
            await codeLists.EnabledValuesAsync("队伍层级", ct),
            ordered.Select(u => new RosterUnit(u.Id, u.Name, u.Path, u.Depth, label(u.Path, u.Name))).ToDictionary(u => u.Id),
            ChinaTime.Today(clock));
    }

    public async Task<CommandResult<Volunteer>> CreateAsync(VolunteerInput input, CancellationToken ct = default)
    {
        var codes = await CodesForAsync(input.UnitId, ct: ct);
        var (values, errors) = VolunteerRules.Check(input, codes, isNew: true);
        if (values is null)
        {
            return CommandResult<Volunteer>.Invalid(errors);
        }

        if (await IsDuplicateAsync(values, null, ct))
        {
            return CommandResult<Volunteer>.Invalid(nameof(VolunteerInput.Name), DuplicateMessage);
        }

        var volunteer = NewVolunteer(values, codes);
        db.Volunteers.Add(volunteer);
        await db.SaveChangesAsync(ct);
        return CommandResult<Volunteer>.Ok(volunteer);
    }

    /// <summary>A new volunteer with the first step of their history; the caller saves.</summary>
    internal static Volunteer NewVolunteer(VolunteerValues values, RosterCodes codes)
    {
        var volunteer = new Volunteer
        {
            UnitPath = codes.Units[values.UnitId].Path,
            Status = values.Status,
            StatusDate = values.StatusDate,
        };
        values.ApplyTo(volunteer);
        volunteer.History.Add(new VolunteerStatusChange
        {
            UnitId = values.UnitId,
            UnitPath = volunteer.UnitPath,
            ToStatus = values.Status,
            Date = values.StatusDate,
            Note = "录入名册",
        });
        return volunteer;
    }

    public async Task<CommandResult<Volunteer>> UpdateAsync(long id, VolunteerInput input, CancellationToken ct = default)
    {
        var volunteer = await db.Volunteers.SingleOrDefaultAsync(v => v.Id == id, ct);
        if (volunteer is null)
        {
            return CommandResult<Volunteer>.NotFound();
        }

        if (volunteer.Version != input.Version || volunteer.IsErased)
        {
            return volunteer.IsErased ? CommandResult<Volunteer>.Invalid(string.Empty, ErasedMessage) : CommandResult<Volunteer>.Conflict(volunteer);
        }

        var codes = await CodesForAsync(input.UnitId, volunteer.UnitId, ct);
        var (values, errors) = VolunteerRules.Check(input, codes, isNew: false);
        if (values is null)
        {
            return CommandResult<Volunteer>.Invalid(errors);
        }

        if (await IsDuplicateAsync(values, id, ct))
        {
            return CommandResult<Volunteer>.Invalid(nameof(VolunteerInput.Name), DuplicateMessage);
        }

        if (values.UnitId != volunteer.UnitId)
        {
            await VolunteerTransfer.MoveAsync(db, volunteer, codes.Units[values.UnitId], ct);
        }

        values.ApplyTo(volunteer);
        return await db.SaveOrConflictAsync(volunteer, volunteer.Id, ct);
    }

    public async Task<CommandResult<Volunteer>> ChangeStatusAsync(long id, StatusInput input, CancellationToken ct = default)
    {
        var volunteer = await db.Volunteers.SingleOrDefaultAsync(v => v.Id == id, ct);
        if (volunteer is null)
        {
            return CommandResult<Volunteer>.NotFound();
        }

        if (volunteer.Version != input.Version || volunteer.IsErased)
        {
            return volunteer.IsErased ? CommandResult<Volunteer>.Invalid(string.Empty, ErasedMessage) : CommandResult<Volunteer>.Conflict(volunteer);
        }

        var today = ChinaTime.Today(clock);
        var errors = new List<FieldError>();
        var status = VolunteerRules.ParseStatus(input.Status);
        if (status is null)
        {
            errors.Add(new FieldError(nameof(StatusInput.Status), "请选择新的状态。"));
        }
        else if (status == volunteer.Status)
        {
            errors.Add(new FieldError(nameof(StatusInput.Status), "新状态与当前状态相同。"));
        }

        var date = DateField.Read(input.Date, DateKind.Event, today, nameof(StatusInput.Date), errors, "请填写生效日期，格式如 2023-04-05。");
        if (date > today)
        {
            errors.Add(new FieldError(nameof(StatusInput.Date), "生效日期不能晚于今天。"));
        }
        else if (date < volunteer.StatusDate)
        {
            errors.Add(new FieldError(nameof(StatusInput.Date), $"生效日期不能早于上次变更（{ChinaTime.Date(volunteer.StatusDate)}）。"));
        }

        if (input.Note is { Length: > 200 })
        {
            errors.Add(new FieldError(nameof(StatusInput.Note), "说明不能超过200个字。"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<Volunteer>.Invalid(errors);
        }

        db.VolunteerStatusChanges.Add(VolunteerStatusChange.Apply(volunteer, status!.Value, date!.Value, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim()));
        return await db.SaveOrConflictAsync(volunteer, volunteer.Id, ct);
    }

    public async Task<CommandResult<VolunteerVisit>> AddVisitAsync(long volunteerId, VisitInput input, CancellationToken ct = default)
    {
        var volunteer = await db.Volunteers.AsNoTracking().SingleOrDefaultAsync(v => v.Id == volunteerId, ct);
        if (volunteer is null)
        {
            return CommandResult<VolunteerVisit>.NotFound();
        }

        var errors = new List<FieldError>();
        var date = DateField.Read(input.Date, DateKind.Event, ChinaTime.Today(clock), nameof(VisitInput.Date), errors, "请填写走访日期，格式如 2023-04-05。");
        if (date > ChinaTime.Today(clock))
        {
            errors.Add(new FieldError(nameof(VisitInput.Date), "走访日期不能晚于今天。"));
        }

        var by = input.VisitedBy?.Trim();
        if (string.IsNullOrEmpty(by))
        {
            errors.Add(new FieldError(nameof(VisitInput.VisitedBy), "请填写走访人。"));
        }
        else if (by.Length > 30)
        {
            errors.Add(new FieldError(nameof(VisitInput.VisitedBy), "走访人不能超过30个字。"));
        }

        if (!VisitInput.HealthStates.Contains(input.Health?.Trim()))
        {
            errors.Add(new FieldError(nameof(VisitInput.Health), $"身体状况请选择：{string.Join("、", VisitInput.HealthStates)}。"));
        }

        if (input.Needs is { Length: > 300 })
        {
            errors.Add(new FieldError(nameof(VisitInput.Needs), "困难与需求不能超过300个字。"));
        }

        if (input.FollowUp is { Length: > 300 })
        {
            errors.Add(new FieldError(nameof(VisitInput.FollowUp), "跟进措施不能超过300个字。"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<VolunteerVisit>.Invalid(errors);
        }

        var visit = new VolunteerVisit
        {
            VolunteerId = volunteer.Id,
            UnitId = volunteer.UnitId,
            UnitPath = volunteer.UnitPath,
            Date = date!.Value,
            VisitedBy = by!,
            Health = input.Health!.Trim(),
            Needs = string.IsNullOrWhiteSpace(input.Needs) ? null : input.Needs.Trim(),
            FollowUp = string.IsNullOrWhiteSpace(input.FollowUp) ? null : input.FollowUp.Trim(),
        };
        db.VolunteerVisits.Add(visit);
        await db.SaveChangesAsync(ct);
        return CommandResult<VolunteerVisit>.Ok(visit);
    }

    private async Task<bool> IsDuplicateAsync(VolunteerValues values, long? exceptId, CancellationToken ct) =>
        await db.Volunteers.AnyAsync(v => v.Name == values.Name && v.BirthYear == values.BirthYear && v.Phone == values.Phone && v.Id != (exceptId ?? 0), ct);
}
