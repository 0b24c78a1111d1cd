using System.Collections.Frozen;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Audit;

/// <summary>Reads the audit trail (there is no write side: entries are written by the DbContext itself).</summary>
public sealed class AuditLog(GuangongDbContext db, AuditRecordNames records, IEnumerable<AuditFigureNames> figures)
{
    private static FrozenDictionary<(string Entity, string Field), string>? references;

    public async Task<IQueryable<AuditEntry>> SearchAsync(AuditFilter filter, CancellationToken ct = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim();
            query = query.Where(a => a.UserName == user);
        }

        if (filter.Unit is { } unitId)
        {
            // "This unit and below" is the same range filter the data scope uses.
            var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleOrDefaultAsync(ct);
            if (path is null)
            {
                return query.Where(_ => false);
            }

            query = query.InSubtree(path, db.Scope);
        }

        if (!string.IsNullOrWhiteSpace(filter.Entity))
        {
            query = query.Where(a => a.Entity == filter.Entity);
        }

        if (filter.Action == AuditActions.SignIns)
        {
            // The sign-in log: every attempt (who, when, from which address and device, with what outcome) and lockout.
            query = query.Where(a => AuditActions.SignInActions.Contains(a.Action));
        }
        else if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(a => a.Action == filter.Action);
        }

        if (filter.From is { } from)
        {
            var fromUtc = ChinaTime.ToUtc(from.ToDateTime(TimeOnly.MinValue));
            query = query.Where(a => a.TimestampUtc >= fromUtc);
        }

        if (filter.To is { } toDate)
        {
            var toUtc = ChinaTime.ToUtc(toDate.AddDays(1).ToDateTime(TimeOnly.MinValue));
            query = query.Where(a => a.TimestampUtc < toUtc);
        }

        return query.OrderByDescending(a => a.TimestampUtc).ThenByDescending(a => a.Id);
    }

    /// <summary>The names of the users, roles and records the entries name by id, for <see cref="AuditText.Lines(string?, string?, AuditLookup)"/>.</summary>
    public async Task<AuditLookup> LookupAsync(IEnumerable<AuditEntry> entries, Func<long, string?> unitName, CancellationToken ct = default)
    {
        var userIds = entries.SelectMany(AuditValueText.UserIds).ToHashSet();
        var users = userIds.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrEmpty(u.DisplayName) ? u.UserName ?? string.Empty : u.DisplayName, ct);
        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name ?? string.Empty, ct);
        references ??= AuditRecordNames.References(db.Model);
        return new AuditLookup(unitName, users, roles, references, await records.OfAsync(entries, references, ct))
        {
            Figures = figures.ToDictionary(f => (f.Entity, f.Field)),
        };
    }

    public async Task<IReadOnlyList<string>> EntitiesAsync(CancellationToken ct = default) =>
        await db.AuditEntries.AsNoTracking().Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync(ct);
}

/// <summary>The names behind the ids an audit entry holds: units, user accounts, roles and the records its id fields point to.</summary>
public sealed record AuditLookup(
    Func<long, string?> UnitName,
    IReadOnlyDictionary<long, string> Users,
    IReadOnlyDictionary<long, string> Roles,
    IReadOnlyDictionary<(string Entity, string Field), string>? References = null,
    IReadOnlyDictionary<(string Entity, long Id), string>? Records = null)
{
    public static readonly AuditLookup None = new(_ => null, new Dictionary<long, string>(), new Dictionary<long, string>());

    /// <summary>A user's name; an account no longer there reads as 用户 and its number.</summary>
    public string User(string id) => long.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var n) && Users.TryGetValue(n, out var name) ? name : $"用户{id}";

    /// <summary>The name of the record an entry is about; null when it has none (or is gone, or outside the reader's scope).</summary>
    public string? Record(string entity, long id) => Records?.GetValueOrDefault((entity, id));

    /// <summary>The name of the record an id field of <paramref name="entity"/> points to; null when it is not such a field or the record is not found.</summary>
    public string? Referenced(string entity, string field, long id) =>
        References?.GetValueOrDefault((entity, field)) is { } principal ? Record(principal, id) : null;

    /// <summary>The figures of the JSON tables the slices named (<see cref="AuditFigureNames"/>), by entity and field.</summary>
    public IReadOnlyDictionary<(string Entity, string Field), AuditFigureNames>? Figures { get; init; }

    public string Role(string id) => long.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var n) && Roles.TryGetValue(n, out var name) ? name : $"角色{id}";
}
