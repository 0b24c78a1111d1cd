using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Data;

namespace Guangong.Web.Infrastructure.Auditing;

/// <summary>
/// Opening a record that holds what the privacy baseline protects (a volunteer's full phone number,
/// an activity with the children it reached and their photos) leaves a line in the audit trail,
/// as a change would: who looked, when, at which record.
/// </summary>
public static class SensitiveReads
{
    /// <param name="id">The record opened; null when what was opened is a unit's list of them (the unit is the entry's own).</param>
    public static async Task AuditViewAsync(this GuangongDbContext db, string entity, long? id, string what, string unitPath, CancellationToken ct)
    {
        db.AddAuditEvent(AuditActions.View, entity, id?.ToString(System.Globalization.CultureInfo.InvariantCulture), what, unitPath);
        await db.SaveChangesAsync(ct);
    }
}
