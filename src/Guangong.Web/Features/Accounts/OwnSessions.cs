using System.Globalization;
using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Data;

namespace Guangong.Web.Features.Accounts;

/// <summary>A user's own signed-in devices (browsers and phone tokens), and signing out of all the others at once.</summary>
public sealed class OwnSessions(SessionStore sessions, CurrentUser me, GuangongDbContext db)
{
    public Task<IReadOnlyList<SessionLine>> ListAsync(string? currentSecret, CancellationToken ct = default) =>
        sessions.ActiveAsync(me.UserId, currentSecret, ct);

    public async Task<int> EndOthersAsync(string? currentSecret, CancellationToken ct = default)
    {
        var ended = await sessions.EndOthersAsync(me.UserId, currentSecret, ct);
        db.AddAuditEvent(AuditActions.Logout, nameof(AppUser), me.UserId.ToString(CultureInfo.InvariantCulture), $"退出其他所有设备（{ended}个）");
        await db.SaveChangesAsync(ct);
        return ended;
    }
}
