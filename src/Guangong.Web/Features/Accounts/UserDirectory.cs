using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Accounts;

public sealed record UserRow(long Id, string UserName, string DisplayName, long? UnitId, string? UnitName, IReadOnlyList<string> Roles,
    bool IsDisabled, bool IsLockedOut, bool MustChangePassword, DateTime? LastLoginUtc, long Version);

/// <summary>Read side of accounts: the scoped user list with units and roles.</summary>
public sealed class UserDirectory(GuangongDbContext db, TimeProvider clock)
{
    public async Task<PagedList<UserRow>> SearchAsync(string? q, long? unitId, string? role, string? status, int page, CancellationToken ct = default)
    {
        var paged = await Filter(q, unitId, role, status).ToPagedListAsync(page, ct: ct);
        return paged.With(await ToRowsAsync(paged.Items, ct));
    }

    /// <summary>Every matching user, for the Excel export.</summary>
    public async Task<IReadOnlyList<UserRow>> AllAsync(string? q, long? unitId, string? role, string? status, CancellationToken ct = default) =>
        await ToRowsAsync(await Filter(q, unitId, role, status).ToListAsync(ct), ct);

    private IQueryable<AppUser> Filter(string? q, long? unitId, string? role, string? status)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            users = users.Where(u => u.UserName!.Contains(text) || u.DisplayName.Contains(text));
        }

        if (unitId is { } id)
        {
            users = users.Where(u => u.HomeUnitId == id);
        }

        if (!string.IsNullOrWhiteSpace(role))
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        var now = clock.GetUtcNow();
        users = status switch
        {
            "disabled" => users.Where(u => u.IsDisabled),
            "locked" => users.Where(u => u.LockoutEnd != null && u.LockoutEnd > now),
            "active" => users.Where(u => !u.IsDisabled),
            _ => users,
        };

        return users.OrderBy(u => u.UserName);
    }

    public async Task<UserRow?> FindAsync(long id, CancellationToken ct = default)
    {
        var user = await db.FindInScopeAsync<AppUser>(id, ct);
        return user is null ? null : (await ToRowsAsync([user], ct))[0];
    }

    public async Task<IReadOnlyList<(AppRole Role, int Users)>> RolesAsync(CancellationToken ct = default)
    {
        var roles = await db.Roles.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync(ct);
        var counts = await db.UserRoles.AsNoTracking()
            .Where(ur => db.Users.Any(u => u.Id == ur.UserId))
            .GroupBy(ur => ur.RoleId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return roles.Select(r => (r, counts.GetValueOrDefault(r.Id))).ToList();
    }

    private async Task<IReadOnlyList<UserRow>> ToRowsAsync(IReadOnlyList<AppUser> users, CancellationToken ct)
    {
        var ids = users.Select(u => u.Id).ToList();
        var unitIds = users.Where(u => u.HomeUnitId != null).Select(u => u.HomeUnitId!.Value).Distinct().ToList();
        var unitNames = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name, r.SortOrder }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return users.Select(u => new UserRow(u.Id, u.UserName!, u.DisplayName, u.HomeUnitId,
            u.HomeUnitId is { } hid ? unitNames.GetValueOrDefault(hid) : null,
            roles.Where(r => r.UserId == u.Id).OrderBy(r => r.SortOrder).Select(r => r.Name!).ToList(),
            u.IsDisabled, u.LockoutEnd > now, u.MustChangePassword, u.LastLoginUtc, u.Version)).ToList();
    }
}
