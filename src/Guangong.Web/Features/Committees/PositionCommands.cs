using System.Globalization;
using Guangong.Web.Features.Dictionaries;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Committees;

/// <summary>
/// Leadership seats: add one to a committee, edit one, remove one entered by mistake (and undo that); the form
/// and the API share the validation. A person who leaves keeps their seat with its term ended: the team of
/// past years is read from those rows.
/// </summary>
public sealed class PositionCommands(GuangongDbContext db, CodeLists codeLists, TimeProvider clock, RecentRemovals removals)
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

    /// <summary>Removes a seat as shown (a stale version is a conflict); the audit entry keeps it for an undo.</summary>
    public async Task<CommandResult<LeadershipPosition>> RemovePositionAsync(long id, long version, CancellationToken ct = default)
    {
        var position = await db.LeadershipPositions.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (position is null)
        {
            return CommandResult<LeadershipPosition>.NotFound();
        }

        if (position.Version != version)
        {
            return CommandResult<LeadershipPosition>.Conflict(position);
        }

        db.LeadershipPositions.Remove(position);
        return await db.SaveOrConflictAsync(position, id, ct);
    }

    /// <summary>The user's own recent removal of a seat of the committee (<see cref="RecentRemovals"/>), as the form would show it.</summary>
    public async Task<RemovedSeat?> RemovedAsync(long committeeId, long auditEntryId, CancellationToken ct = default) =>
        await removals.FindAsync<LeadershipPosition>(auditEntryId, ct) is { } held && held.Long(nameof(LeadershipPosition.UnitId)) == committeeId
            ? new RemovedSeat(held, PositionInput.From(new LeadershipPosition
            {
                Role = held.Text(nameof(LeadershipPosition.Role)) ?? string.Empty,
                PersonName = held.Text(nameof(LeadershipPosition.PersonName)),
                VolunteerId = held.Long(nameof(LeadershipPosition.VolunteerId)),
                IsFiveElder = held.Flag(nameof(LeadershipPosition.IsFiveElder)),
                PostElsewhere = held.Text(nameof(LeadershipPosition.PostElsewhere)),
                Phone = held.Text(nameof(LeadershipPosition.Phone)),
                TermStart = held.Date(nameof(LeadershipPosition.TermStart)),
                TermEnd = held.Date(nameof(LeadershipPosition.TermEnd)),
                SortOrder = held.Int(nameof(LeadershipPosition.SortOrder)) ?? 0,
            }))
            : null;

    /// <summary>Puts back a seat the user removed within <see cref="RecentRemovals.Window"/>, through the same checks as a new one.</summary>
    public async Task<CommandResult<LeadershipPosition>> UndoRemovalAsync(long committeeId, long auditEntryId, CancellationToken ct = default) =>
        await RemovedAsync(committeeId, auditEntryId, ct) is { } removed
            ? await removals.RestoreAsync(removed.Record, () => AddPositionAsync(committeeId, removed.Input, ct))
            : CommandResult<LeadershipPosition>.NotFound();

    /// <summary>The audit entry the removal just wrote, so the page can offer to undo it.</summary>
    public async Task<long> RemovalEntryAsync(long positionId, CancellationToken ct = default) =>
        (await removals.EntriesOfAsync<LeadershipPosition>([positionId], ct)).FirstOrDefault();

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
        else if (name.Length == 0 && role == "成员")
        {
            // A post left empty is worth recording (主任 空缺); an unnamed 成员 is a blank row (the new form's defaults, sent as they were).
            errors.Add(new FieldError(nameof(input.PersonName), "请填写成员姓名；空缺只登记主任、副主任等职务。"));
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

        PhoneNumber.Check(input.Phone, nameof(input.Phone), errors);
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
}

/// <summary>A seat the user removed a moment ago, as it was.</summary>
public sealed record RemovedSeat(RemovedRecord Record, PositionInput Input)
{
    public string Name => $"{Input.Role}{(string.IsNullOrEmpty(Input.PersonName) ? "（空缺）" : " " + Input.PersonName)}";
}
