using Guangong.Web.Features.Dictionaries;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Committees;

/// <summary>A committee's member units (成员单位): add one, remove one, undo a removal.</summary>
public sealed class MemberUnitCommands(GuangongDbContext db, CodeLists codeLists, RecentRemovals removals)
{
    public Task<CommandResult<MemberUnit>> AddMemberUnitAsync(long committeeId, MemberUnitInput input, CancellationToken ct = default) =>
        AddAsync(committeeId, input, null, ct);

    /// <param name="formerId">A removed member put back takes its old number (never reused: the key is an identity that only
    /// grows), so it returns to its place in the list, which is kept in the order the units were added.</param>
    private async Task<CommandResult<MemberUnit>> AddAsync(long committeeId, MemberUnitInput input, long? formerId, CancellationToken ct)
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

        PhoneNumber.Check(input.ContactPhone, nameof(input.ContactPhone), errors);
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
            Id = formerId is { } id && !await db.MemberUnits.AnyAsync(m => m.Id == id, ct) ? id : 0,
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

    /// <summary>The user's own recent removal of a member unit of the committee (<see cref="RecentRemovals"/>); what an undo restores.</summary>
    public async Task<RemovedMemberUnit?> RemovedAsync(long committeeId, long auditEntryId, CancellationToken ct = default) =>
        await removals.FindAsync<MemberUnit>(auditEntryId, ct) is { } held && held.Long(nameof(MemberUnit.UnitId)) == committeeId
            ? new RemovedMemberUnit(held, new MemberUnitInput
            {
                Name = held.Text(nameof(MemberUnit.Name)),
                Category = held.Text(nameof(MemberUnit.Category)),
                ContactPerson = held.Text(nameof(MemberUnit.ContactPerson)),
                ContactPhone = held.Text(nameof(MemberUnit.ContactPhone)),
            })
            : null;

    /// <summary>Puts back a member unit the user removed within <see cref="RecentRemovals.Window"/>, as the audit trail recorded it.</summary>
    public async Task<CommandResult<MemberUnit>> UndoRemovalAsync(long committeeId, long auditEntryId, CancellationToken ct = default)
    {
        if (await RemovedAsync(committeeId, auditEntryId, ct) is not { } removed)
        {
            return CommandResult<MemberUnit>.NotFound();
        }

        var formerId = removed.Record.Long(nameof(MemberUnit.Id));
        try
        {
            return await removals.RestoreAsync(removed.Record, () => AddAsync(committeeId, removed.Input, formerId, ct));
        }
        catch (DbUpdateException) when (formerId is not null)
        {
            // A second undo of the same removal (a double tap, a second tab) lost the race for the old number: the first
            // one has put the unit back, so this one has nothing left to undo. Anything else is a real failure.
            db.ChangeTracker.Clear();
            if (await db.MemberUnits.AnyAsync(m => m.Id == formerId, ct))
            {
                return CommandResult<MemberUnit>.NotFound();
            }

            throw;
        }
    }

    /// <summary>The audit entry the removal just wrote, so the page can offer to undo it.</summary>
    public async Task<long> RemovalEntryAsync(long memberId, CancellationToken ct = default) =>
        (await removals.EntriesOfAsync<MemberUnit>([memberId], ct)).FirstOrDefault();
}

/// <summary>A member unit the user removed a moment ago, as it was.</summary>
public sealed record RemovedMemberUnit(RemovedRecord Record, MemberUnitInput Input)
{
    public long AuditEntryId => Record.AuditEntryId;
}
