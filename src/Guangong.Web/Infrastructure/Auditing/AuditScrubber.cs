using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Auditing;

/// <summary>
/// The one door through which existing audit entries change: when a volunteer who has left is
/// erased on request (PIPL), their personal values must leave the audit trail too, which the
/// write guard otherwise keeps unchanged. It can only take text out, never put any in: each given
/// value (two characters or more) becomes <see cref="Marker"/> in every entry of the scope, and
/// the entries about the person's own rows keep their field names with every value but the
/// statistical ones replaced. It leaves one entry, 注销个人信息, with who, when and why, and no
/// value of the person. Its one caller is <c>Features/Privacy/VolunteerErasure</c> (ArchitectureRulesTests),
/// which calls it with the scope opened for the person's erasure (<c>OutsideReasons.PersonErasure</c>), so
/// entries any unit made about the person go too (a district officer's edit or download), not only the erasing unit's.
/// </summary>
internal static class AuditScrubber
{
    public const string Action = "注销个人信息";

    public const string Marker = "（已注销）";

    /// <summary>Fields of a person's own rows whose values stay readable: what counts and statistics are made of.</summary>
    private static readonly HashSet<string> KeptFields =
    [
        "Id", "VolunteerId", "UnitId", "UnitPath", "Status", "StatusDate", "FromStatus", "ToStatus", "Date", "Gender", "BirthYear",
        "Category", "Layer", "CreatedUtc", "ErasedUtc", "IsDisabled", "HomeUnitId", "SessionId", "ActivityId", "Hours", "Version",
    ];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="values">The person's identifying values (name, phone, account name); shorter than two characters are skipped.</param>
    /// <param name="ownRows">The (entity, id) of every row about the person: their entries are rewritten field by field.</param>
    /// <returns>How many audit entries changed.</returns>
    public static async Task<int> ScrubAsync(GuangongDbContext db, string entity, long id, IEnumerable<string?> values,
        IReadOnlyCollection<(string Entity, long Id)> ownRows, string reason, CancellationToken ct)
    {
        var texts = values.Where(v => v is { Length: >= 2 } && v != Marker).Select(v => v!).Distinct().OrderByDescending(v => v.Length).ToList();
        var changed = 0;

        // Entries about the person's own rows: every value but the kept ones goes.
        foreach (var group in ownRows.GroupBy(r => r.Entity))
        {
            var ids = group.Select(r => r.Id.ToString(CultureInfo.InvariantCulture)).ToList();
            var entries = await db.AuditEntries.AsNoTracking().Where(a => a.Entity == group.Key && a.EntityId != null && ids.Contains(a.EntityId))
                .Select(a => new { a.Id, a.Changes }).ToListAsync(ct);
            foreach (var e in entries.Where(e => e.Changes is not null))
            {
                var scrubbed = ScrubFields(e.Changes!, texts);
                if (scrubbed != e.Changes)
                {
                    changed += await db.AuditEntries.Where(a => a.Id == e.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Changes, scrubbed), ct);
                }
            }
        }

        // Every other entry of the scope that names the person (downloads with their name in the file, their seat, lines they entered).
        foreach (var text in texts)
        {
            changed += await db.AuditEntries.Where(a => a.Changes != null && a.Changes.Contains(text))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Changes, a => a.Changes!.Replace(text, Marker)), ct);
            changed += await db.AuditEntries.Where(a => a.UserName == text).ExecuteUpdateAsync(s => s.SetProperty(a => a.UserName, Marker), ct);
        }

        var why = texts.Aggregate(reason, (r, t) => r.Replace(t, Marker, StringComparison.Ordinal));
        db.AddAuditEvent(Action, entity, id.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"原因：{why}；个人信息已替换为“已注销”，涉及审计记录{changed}条，服务时长与统计数保留"));
        await db.SaveChangesAsync(ct);
        return changed;
    }

    /// <summary>The entry's field list with the values of every personal field replaced; text that is no field list is scrubbed value by value.</summary>
    private static string ScrubFields(string changes, IReadOnlyList<string> texts)
    {
        var fields = AuditTrail.ReadFields(changes);

        if (fields is null)
        {
            return texts.Aggregate(changes, (c, t) => c.Replace(t, Marker, StringComparison.Ordinal));
        }

        return JsonSerializer.Serialize(fields.Select(f => KeptFields.Contains(f.Field) ? f
            : f with { Old = f.Old is null ? null : Marker, New = f.New is null ? null : Marker }), Json);
    }
}
