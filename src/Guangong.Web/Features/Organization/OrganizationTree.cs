using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Organization;

/// <summary>Commands on the organization tree: create, edit, move, deactivate. All within the caller's scope.</summary>
public sealed class OrganizationTree(GuangongDbContext db, IEnumerable<IUnitMoveFollower> moveFollowers)
{
    public async Task<Unit> CreateAsync(long? parentId, UnitDraft draft)
    {
        var result = await TryCreateAsync(parentId, draft);
        return result.Value ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    public async Task<CommandResult<Unit>> TryCreateAsync(long? parentId, UnitDraft draft)
    {
        Unit? parent = null;
        if (parentId is { } pid)
        {
            parent = await db.Units.SingleOrDefaultAsync(u => u.Id == pid);
            if (parent is null)
            {
                return CommandResult<Unit>.Invalid("ParentId", "上级单位不存在或不在您的管理范围内。");
            }

            if (!parent.IsActive)
            {
                return CommandResult<Unit>.Invalid("ParentId", "上级单位已停用，不能在其下新增单位。");
            }
        }
        else if (!db.Scope.IsSystem)
        {
            return CommandResult<Unit>.Invalid("ParentId", "请选择上级单位。");
        }

        var errors = await ValidateAsync(parent, draft, null);
        if (errors.Count > 0)
        {
            return CommandResult<Unit>.Invalid(errors);
        }

        var unit = new Unit
        {
            ParentId = parent?.Id,
            Depth = (parent?.Depth ?? -1) + 1,

            // The id is known only after the insert; until then a unique path inside the parent's subtree.
            Path = $"{parent?.Path ?? "/"}new-{Guid.NewGuid():N}/",
        };
        Apply(unit, draft);
        await using var tx = await db.Database.BeginTransactionAsync();
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        unit.Path = $"{parent?.Path ?? "/"}{unit.Id}/";
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return CommandResult<Unit>.Ok(unit);
    }

    public async Task<CommandResult<Unit>> UpdateAsync(long id, long version, UnitDraft draft)
    {
        var loaded = await LoadForChangeAsync(id, version);
        if (!loaded.Succeeded)
        {
            return loaded;
        }

        var unit = loaded.Value!;

        // The parent may lie above the user's scope (an officer editing their own town): then only its level is read.
        var parent = unit.ParentId is { } pid ? await ParentAsync(pid) : null;
        var errors = await ValidateAsync(parent, draft, unit.Id);
        if (errors.Count > 0)
        {
            return CommandResult<Unit>.Invalid(errors);
        }

        Apply(unit, draft);
        return await SaveOrConflictAsync(unit);
    }

    public async Task<CommandResult<Unit>> MoveAsync(long id, long version, long newParentId)
    {
        var loaded = await LoadForChangeAsync(id, version);
        if (!loaded.Succeeded)
        {
            return loaded;
        }

        var unit = loaded.Value!;

        var parent = await db.Units.SingleOrDefaultAsync(u => u.Id == newParentId);
        if (parent is null)
        {
            return CommandResult<Unit>.Invalid("ParentId", "目标上级单位不存在或不在您的管理范围内。");
        }

        if (parent.Path.StartsWith(unit.Path, StringComparison.Ordinal))
        {
            return CommandResult<Unit>.Invalid("ParentId", "不能移动到本单位或其下级单位之下。");
        }

        if (!parent.IsActive)
        {
            return CommandResult<Unit>.Invalid("ParentId", "目标上级单位已停用。");
        }

        if (parent.Level > unit.Level)
        {
            return CommandResult<Unit>.Invalid("ParentId", "目标上级单位的层级低于本单位。");
        }

        if (await db.Units.AnyAsync(u => u.ParentId == parent.Id && u.Name == unit.Name && u.Id != unit.Id))
        {
            return CommandResult<Unit>.Invalid("ParentId", "目标上级单位下已有同名单位。");
        }

        var oldPrefix = unit.Path;
        var newPrefix = $"{parent.Path}{unit.Id}/";
        var depthDelta = parent.Depth + 1 - unit.Depth;
        await using var tx = await db.Database.BeginTransactionAsync();
        unit.ParentId = parent.Id;
        unit.Path = newPrefix;
        unit.Depth += depthDelta;
        var saved = await SaveOrConflictAsync(unit);
        if (!saved.Succeeded)
        {
            return saved;
        }

        await UnitPathRewriter.RewriteAsync(db, oldPrefix, newPrefix, depthDelta);
        foreach (var follower in moveFollowers)
        {
            await follower.MovedAsync(db, oldPrefix, newPrefix);
        }

        await tx.CommitAsync();
        return saved;
    }

    public async Task<CommandResult<Unit>> SetActiveAsync(long id, long version, bool active)
    {
        var loaded = await LoadForChangeAsync(id, version);
        if (!loaded.Succeeded)
        {
            return loaded;
        }

        var unit = loaded.Value!;

        if (!active && await db.Units.AnyAsync(u => u.ParentId == unit.Id && u.IsActive))
        {
            return CommandResult<Unit>.Invalid(string.Empty, "该单位还有启用中的下级单位，请先停用下级单位。");
        }

        if (active && unit.ParentId is { } pid && await ParentAsync(pid) is { IsActive: false })
        {
            return CommandResult<Unit>.Invalid(string.Empty, "上级单位已停用，请先启用上级单位。");
        }

        unit.IsActive = active;
        return await SaveOrConflictAsync(unit);
    }

    /// <summary>The unit to change, or why it cannot be: outside the scope, or saved by someone else since the form was shown.</summary>
    private async Task<CommandResult<Unit>> LoadForChangeAsync(long id, long version)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id);
        return unit is null ? CommandResult<Unit>.NotFound()
            : unit.Version != version ? CommandResult<Unit>.Conflict(unit)
            : CommandResult<Unit>.Ok(unit);
    }

    private Task<CommandResult<Unit>> SaveOrConflictAsync(Unit unit) => db.SaveOrConflictAsync(unit, unit.Id);

    /// <summary>What an edit needs of a parent that may lie above the scope: its id, level and whether it is active, never its name.</summary>
    private async Task<ParentFacts?> ParentAsync(long parentId)
    {
        using var _ = db.Scope.ReadOutside(OutsideReasons.ParentOfScopeRoot);
        return await db.Units.Where(u => u.Id == parentId).Select(u => new ParentFacts(u.Id, u.Level, u.IsActive)).SingleOrDefaultAsync();
    }

    private sealed record ParentFacts(long Id, UnitLevel Level, bool IsActive);

    private Task<List<FieldError>> ValidateAsync(Unit? parent, UnitDraft draft, long? selfId) =>
        ValidateAsync(parent is null ? null : new ParentFacts(parent.Id, parent.Level, parent.IsActive), draft, selfId);

    private async Task<List<FieldError>> ValidateAsync(ParentFacts? parent, UnitDraft draft, long? selfId)
    {
        var errors = new List<FieldError>();
        var name = draft.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            errors.Add(new FieldError(nameof(UnitDraft.Name), "请填写单位名称。"));
        }
        else if (name.Length > Unit.NameMaxLength)
        {
            errors.Add(new FieldError(nameof(UnitDraft.Name), $"单位名称不能超过{Unit.NameMaxLength}个字。"));
        }
        // Siblings are looked for inside the scope only: when the unit is the scope's own (its siblings are
        // other towns), answering "that name is taken" would tell this user another unit's name.
        else if (await db.Units.AnyAsync(u => u.ParentId == (parent == null ? null : parent.Id) && u.Name == name && u.Id != selfId))
        {
            errors.Add(new FieldError(nameof(UnitDraft.Name), "同一上级单位下已有同名单位。"));
        }

        if (!Enum.IsDefined(draft.Level))
        {
            errors.Add(new FieldError(nameof(UnitDraft.Level), "请选择层级。"));
        }
        else if (parent is not null && draft.Level < parent.Level)
        {
            errors.Add(new FieldError(nameof(UnitDraft.Level), "层级不能高于上级单位。"));
        }

        if (!Enum.IsDefined(draft.Kind))
        {
            errors.Add(new FieldError(nameof(UnitDraft.Kind), "请选择单位类型。"));
        }

        return errors;
    }

    private static void Apply(Unit unit, UnitDraft draft)
    {
        unit.Name = draft.Name.Trim();
        unit.Level = draft.Level;
        unit.Kind = draft.Kind;
        unit.ContactPerson = Blank(draft.ContactPerson);
        unit.ContactPhone = Blank(draft.ContactPhone);
        unit.Address = Blank(draft.Address);
        unit.SortOrder = draft.SortOrder;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
