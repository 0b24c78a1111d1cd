using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Dictionaries;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Committees;

/// <summary>Commands on committees: leadership seats, rules, member units, the yearly checklist, correspondents.</summary>
public sealed class CommitteeRecords(GuangongDbContext db, CodeLists codeLists, TimeProvider clock)
{
    public async Task<CommandResult<LeadershipPosition>> AddPositionAsync(long committeeId, PositionInput input, CancellationToken ct = default)
    {
        var committee = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == committeeId && u.IsActive, ct);
        if (committee is null)
        {
            return CommandResult<LeadershipPosition>.NotFound();
        }

        var position = new LeadershipPosition { UnitId = committee.Id, UnitPath = committee.Path };
        var errors = await ApplyAsync(position, input, ct);
        if (errors.Count > 0)
        {
            return CommandResult<LeadershipPosition>.Invalid(errors);
        }

        db.LeadershipPositions.Add(position);
        await db.SaveChangesAsync(ct);
        return CommandResult<LeadershipPosition>.Ok(position);
    }

    public async Task<CommandResult<LeadershipPosition>> UpdatePositionAsync(long id, PositionInput input, CancellationToken ct = default)
    {
        var position = await db.LeadershipPositions.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (position is null)
        {
            return CommandResult<LeadershipPosition>.NotFound();
        }

        if (position.Version != input.Version)
        {
            return CommandResult<LeadershipPosition>.Conflict(position);
        }

        var errors = await ApplyAsync(position, input, ct);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<LeadershipPosition>.Invalid(errors);
        }

        return await db.SaveOrConflictAsync(position, id, ct);
    }

    public async Task<CommandResult<LeadershipRule>> AddRuleAsync(long unitId, RuleInput input, CancellationToken ct = default)
    {
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct);
        var errors = new List<FieldError>();
        if (unit is null)
        {
            errors.Add(new FieldError(string.Empty, "请先在页面顶部切换到要制定规则的单位。"));
        }

        var kind = EnumText.Parse<RuleKind>(input.Kind);
        if (kind is null)
        {
            errors.Add(new FieldError(nameof(input.Kind), "请选择规则。"));
        }

        var due = DateField.Read(input.DueDate, DateKind.Deadline, ChinaTime.Today(clock), nameof(input.DueDate), errors, "请填写整改期限，格式如 2023-12-31。");

        if (input.Basis is { Length: > 200 })
        {
            errors.Add(new FieldError(nameof(input.Basis), "依据不能超过200个字。"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<LeadershipRule>.Invalid(errors);
        }

        var rule = new LeadershipRule { UnitId = unit!.Id, UnitPath = unit.Path, Kind = kind!.Value, DueDate = due!.Value, Basis = string.IsNullOrWhiteSpace(input.Basis) ? null : input.Basis.Trim() };
        db.LeadershipRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return CommandResult<LeadershipRule>.Ok(rule);
    }

    public async Task<CommandResult<LeadershipRule>> SetRuleActiveAsync(long id, long version, bool active, CancellationToken ct = default)
    {
        var rule = await db.LeadershipRules.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null)
        {
            return CommandResult<LeadershipRule>.NotFound();
        }

        if (rule.Version != version)
        {
            return CommandResult<LeadershipRule>.Conflict(rule);
        }

        rule.IsActive = active;
        return await db.SaveOrConflictAsync(rule, id, ct);
    }

    public async Task<CommandResult<MemberUnit>> AddMemberUnitAsync(long committeeId, MemberUnitInput input, CancellationToken ct = default)
    {
        var committee = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == committeeId && u.IsActive, ct);
        if (committee is null)
        {
            return CommandResult<MemberUnit>.NotFound();
        }

        var errors = new List<FieldError>();
        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 60)
        {
            errors.Add(new FieldError(nameof(input.Name), name.Length == 0 ? "请填写成员单位名称。" : "名称不能超过60个字。"));
        }

        var categories = await codeLists.EnabledValuesAsync("成员单位类别", ct);
        if (!string.IsNullOrWhiteSpace(input.Category) && !categories.Contains(input.Category.Trim()))
        {
            errors.Add(new FieldError(nameof(input.Category), "请从列表中选择类别。"));
        }

        if (input.ContactPerson is { Length: > 20 })
        {
            errors.Add(new FieldError(nameof(input.ContactPerson), "联系人不能超过20个字。"));
        }

        CheckPhone(input.ContactPhone, nameof(input.ContactPhone), errors);
        if (errors.Count == 0 && await db.MemberUnits.AnyAsync(m => m.UnitId == committeeId && m.Name == name, ct))
        {
            errors.Add(new FieldError(nameof(input.Name), "该成员单位已在名单中。"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<MemberUnit>.Invalid(errors);
        }

        var member = new MemberUnit
        {
            UnitId = committee.Id,
            UnitPath = committee.Path,
            Name = name,
            Category = string.IsNullOrWhiteSpace(input.Category) ? null : input.Category.Trim(),
            ContactPerson = string.IsNullOrWhiteSpace(input.ContactPerson) ? null : input.ContactPerson.Trim(),
            ContactPhone = string.IsNullOrWhiteSpace(input.ContactPhone) ? null : input.ContactPhone.Trim(),
        };
        db.MemberUnits.Add(member);
        await db.SaveChangesAsync(ct);
        return CommandResult<MemberUnit>.Ok(member);
    }

    public async Task<CommandResult<MemberUnit>> RemoveMemberUnitAsync(long id, CancellationToken ct = default)
    {
        var member = await db.MemberUnits.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (member is null)
        {
            return CommandResult<MemberUnit>.NotFound();
        }

        db.MemberUnits.Remove(member);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Removed or changed by someone else at the same moment: either way it is no longer as shown.
            db.ChangeTracker.Clear();
        }

        return CommandResult<MemberUnit>.Ok(member);
    }

    public async Task<CommandResult<CommitteeChecklist>> SaveChecklistAsync(long committeeId, int year, IReadOnlyCollection<string> achieved, string? note, long version, CancellationToken ct = default)
    {
        var committee = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == committeeId, ct);
        if (committee is null)
        {
            return CommandResult<CommitteeChecklist>.NotFound();
        }

        var allowed = (await codeLists.EnabledValuesAsync("四纳入", ct)).Concat(await codeLists.EnabledValuesAsync("四统一", ct)).ToHashSet();
        if (achieved.Any(a => !allowed.Contains(a)) || year is < 2000 or > 2100)
        {
            return CommandResult<CommitteeChecklist>.Invalid(string.Empty, "提交的项目不在清单中，请刷新页面后重试。");
        }

        if (note is { Length: > 1000 })
        {
            return CommandResult<CommitteeChecklist>.Invalid("Note", "说明不能超过1000个字。");
        }

        var checklist = await db.CommitteeChecklists.SingleOrDefaultAsync(c => c.UnitId == committeeId && c.Year == year, ct);
        if (checklist is null)
        {
            checklist = new CommitteeChecklist { UnitId = committee.Id, UnitPath = committee.Path, Year = year };
            db.CommitteeChecklists.Add(checklist);
        }
        else if (checklist.Version != version)
        {
            return CommandResult<CommitteeChecklist>.Conflict(checklist);
        }

        checklist.Achieved = achieved.Count == 0 ? null : string.Join("、", achieved);
        checklist.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<CommitteeChecklist>.Ok(checklist);
        }
        catch (DbUpdateException)
        {
            // A concurrent edit, or two first saves of the same year (the unique index): show what is saved now.
            db.ChangeTracker.Clear();
            return CommandResult<CommitteeChecklist>.Conflict(await db.CommitteeChecklists.AsNoTracking().SingleAsync(c => c.UnitId == committeeId && c.Year == year, ct));
        }
    }

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

        CheckPhone(input.Phone, nameof(input.Phone), errors);
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

    private async Task<List<FieldError>> ApplyAsync(LeadershipPosition position, PositionInput input, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var roles = await codeLists.EnabledValuesAsync("班子职务", ct);
        var role = input.Role?.Trim();
        if (role is null || !roles.Contains(role))
        {
            errors.Add(new FieldError(nameof(input.Role), $"职务请选择：{string.Join("、", roles)}。"));
        }

        var name = People.VolunteerRules.NormalizeName(input.PersonName);
        if (name.Length > 20 || name.Any(char.IsDigit))
        {
            errors.Add(new FieldError(nameof(input.PersonName), "姓名不超过20个字，且不能有数字；空缺时不填。"));
        }

        long? volunteerId = null;
        if (!string.IsNullOrWhiteSpace(input.VolunteerId))
        {
            volunteerId = long.TryParse(input.VolunteerId, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && await db.Volunteers.AnyAsync(x => x.Id == v, ct) ? v : null;
            if (volunteerId is null)
            {
                errors.Add(new FieldError(nameof(input.VolunteerId), "请从名册中选择。"));
            }
        }

        if (input.PostElsewhere is { Length: > 60 })
        {
            errors.Add(new FieldError(nameof(input.PostElsewhere), "现任职务不能超过60个字。"));
        }

        CheckPhone(input.Phone, nameof(input.Phone), errors);
        var start = DateField.Read(input.TermStart, DateKind.Term, ChinaTime.Today(clock), nameof(input.TermStart), errors);
        var end = DateField.Read(input.TermEnd, DateKind.Term, ChinaTime.Today(clock), nameof(input.TermEnd), errors);
        if (start is not null && end is not null && end < start)
        {
            errors.Add(new FieldError(nameof(input.TermEnd), "任期结束不能早于开始。"));
        }

        if (!int.TryParse(input.SortOrder?.Trim() is { Length: > 0 } s ? s : "0", NumberStyles.None, CultureInfo.InvariantCulture, out var sort) || sort > 999)
        {
            errors.Add(new FieldError(nameof(input.SortOrder), "排序号须为0到999之间的整数。"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        position.Role = role!;
        position.PersonName = name.Length == 0 ? null : name;
        position.VolunteerId = volunteerId;
        position.IsFiveElder = input.IsFiveElder || volunteerId is not null;
        position.PostElsewhere = string.IsNullOrWhiteSpace(input.PostElsewhere) ? null : input.PostElsewhere.Trim();
        position.Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        position.TermStart = start;
        position.TermEnd = end;
        position.SortOrder = sort;
        return errors;
    }

    private static void CheckPhone(string? phone, string field, List<FieldError> errors)
    {
        if (!string.IsNullOrWhiteSpace(phone) && !PhoneNumber.IsValid(phone))
        {
            errors.Add(new FieldError(field, PhoneNumber.Message));
        }
    }
}
