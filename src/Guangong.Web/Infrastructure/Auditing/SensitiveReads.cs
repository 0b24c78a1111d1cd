using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Data;

namespace Guangong.Web.Infrastructure.Auditing;

/// <summary>
/// Opening a record that holds what the privacy baseline protects (a volunteer's full phone number,
/// an activity with the children it reached and their photos) leaves a line in the audit trail,
/// as a change would: who looked, when, at which record. The line is written at once, on its own (a read has nothing
/// else to save): through the change tracker and a save it took a third of a record view (issue 18.2 (a)).
/// </summary>
public static class SensitiveReads
{
    /// <param name="id">The record opened; null when what was opened is a unit's list of them (the unit is the entry's own).</param>
    public static async Task AuditViewAsync(this GuangongDbContext db, string entity, long? id, string what, string unitPath, CancellationToken ct)
    {
        var entry = db.NewAuditEvent(AuditActions.View, entity, id?.ToString(System.Globalization.CultureInfo.InvariantCulture), what, unitPath);
        await AuditEntryWriter.WriteOneAsync(db, entry, ct);
    }
}
