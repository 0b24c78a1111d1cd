using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Dictionaries;

/// <summary>The admin-editable code lists: read the enabled values of a list, add, rename, reorder, enable, disable.</summary>
public sealed class CodeLists(GuangongDbContext db)
{
    public async Task<IReadOnlyList<string>> EnabledValuesAsync(string kind, CancellationToken ct = default) =>
        await db.DictionaryItems.AsNoTracking().Where(d => d.Kind == kind && d.IsEnabled)
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Value).Select(d => d.Value).ToListAsync(ct);

    public async Task<IReadOnlyList<string>> KindsAsync(CancellationToken ct = default) =>
        await db.DictionaryItems.AsNoTracking().Select(d => d.Kind).Distinct().OrderBy(k => k).ToListAsync(ct);

    public Task<DictionaryItem?> FindAsync(long id, CancellationToken ct = default) =>
        db.DictionaryItems.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);

    public async Task<IReadOnlyList<DictionaryItem>> ItemsAsync(string kind, CancellationToken ct = default) =>
        await db.DictionaryItems.AsNoTracking().Where(d => d.Kind == kind)
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Value).ToListAsync(ct);

    public async Task<CommandResult<DictionaryItem>> AddAsync(string kind, string value, int sortOrder)
    {
        var error = Validate(value, sortOrder);
        if (error is not null)
        {
            return error;
        }

        value = value.Trim();
        if (!await db.DictionaryItems.AnyAsync(d => d.Kind == kind))
        {
            return CommandResult<DictionaryItem>.Invalid("Kind", "没有这个字典。");
        }

        if (await db.DictionaryItems.AnyAsync(d => d.Kind == kind && d.Value == value))
        {
            return CommandResult<DictionaryItem>.Invalid("Value", "该字典中已有这个值。");
        }

        var item = new DictionaryItem { Kind = kind, Value = value, SortOrder = sortOrder };
        db.DictionaryItems.Add(item);
        await db.SaveChangesAsync();
        return CommandResult<DictionaryItem>.Ok(item);
    }

    public async Task<CommandResult<DictionaryItem>> UpdateAsync(long id, long version, string value, int sortOrder, bool enabled)
    {
        var error = Validate(value, sortOrder);
        if (error is not null)
        {
            return error;
        }

        var item = await db.DictionaryItems.SingleOrDefaultAsync(d => d.Id == id);
        if (item is null)
        {
            return CommandResult<DictionaryItem>.NotFound();
        }

        if (item.Version != version)
        {
            return CommandResult<DictionaryItem>.Conflict(item);
        }

        value = value.Trim();
        if (await db.DictionaryItems.AnyAsync(d => d.Kind == item.Kind && d.Value == value && d.Id != id))
        {
            return CommandResult<DictionaryItem>.Invalid("Value", "该字典中已有这个值。");
        }

        item.Value = value;
        item.SortOrder = sortOrder;
        item.IsEnabled = enabled;
        return await db.SaveOrConflictAsync(item, id);
    }

    private static CommandResult<DictionaryItem>? Validate(string? value, int sortOrder)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return CommandResult<DictionaryItem>.Invalid("Value", "请填写字典值。");
        }

        if (value.Trim().Length > DictionaryItem.ValueMaxLength)
        {
            return CommandResult<DictionaryItem>.Invalid("Value", $"字典值不能超过{DictionaryItem.ValueMaxLength}个字。");
        }

        return sortOrder is < 0 or > 9999 ? CommandResult<DictionaryItem>.Invalid("SortOrder", "排序号须为0到9999之间的整数。") : null;
    }
}
