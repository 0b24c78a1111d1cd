using System.Security.Cryptography;
using System.Text;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Guangong.Web.Features.Accounts;

/// <summary>Creates, checks and ends the server-side sessions behind cookies and API tokens.</summary>
public sealed class SessionStore(GuangongDbContext db, TimeProvider clock, IOptions<SessionPolicy> policy)
{
    private readonly SessionPolicy _policy = policy.Value;

    /// <summary>Starts a session and returns its secret (to put into the cookie or hand out as a token).</summary>
    public async Task<(string Secret, DateTime ExpiresUtc)> StartAsync(long userId, SessionKind kind, string? ip, string? userAgent, CancellationToken ct = default)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UserSession
        {
            Id = Hash(secret),
            UserId = userId,
            Kind = kind,
            CreatedUtc = now,
            LastSeenUtc = now,
            ExpiresUtc = now + _policy.AbsoluteLifetime,
            IpAddress = ip,
            UserAgent = userAgent is { Length: > 300 } ? userAgent[..300] : userAgent,
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return (secret, session.ExpiresUtc);
    }

    /// <summary>The live session's user and start, or null when it is unknown, revoked, idle too long or too old.</summary>
    public async Task<LiveSession?> ValidateAsync(string? secret, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 100)
        {
            return null;
        }

        var id = Hash(secret);
        var session = await db.UserSessions.SingleOrDefaultAsync(s => s.Id == id, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (session is null || session.RevokedUtc is not null || now >= session.ExpiresUtc || now - session.LastSeenUtc >= _policy.IdleTimeout)
        {
            return null;
        }

        using var outside = db.Scope.ReadOutside(OutsideReasons.SessionCheck);
        var user = await db.Users
            .Where(u => u.Id == session.UserId)
            .Select(u => new { u.IsDisabled })
            .SingleOrDefaultAsync(ct);
        if (user is null || user.IsDisabled)
        {
            return null;
        }

        if (now - session.LastSeenUtc >= _policy.TouchInterval)
        {
            session.LastSeenUtc = now;
            await db.SaveChangesAsync(ct);
        }

        return new LiveSession(session.UserId, session.CreatedUtc);
    }

    public async Task EndAsync(string? secret, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return;
        }

        var id = Hash(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.UserSessions.Where(s => s.Id == id && s.RevokedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedUtc, now), ct);
    }

    /// <summary>Ends every session of a user: after a password change, disabling, or a change of roles or unit.</summary>
    public async Task EndAllAsync(long userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.UserSessions.Where(s => s.UserId == userId && s.RevokedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedUtc, now), ct);
    }

    /// <summary>A user's live sessions, newest first, with whether each is the one <paramref name="currentSecret"/> belongs to.</summary>
    public async Task<IReadOnlyList<SessionLine>> ActiveAsync(long userId, string? currentSecret, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var idleSince = now - _policy.IdleTimeout;
        var current = string.IsNullOrEmpty(currentSecret) ? null : Hash(currentSecret);
        var rows = await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.RevokedUtc == null && s.ExpiresUtc > now && s.LastSeenUtc > idleSince)
            .OrderByDescending(s => s.LastSeenUtc)
            .ToListAsync(ct);
        return rows.Select(s => new SessionLine(s.Kind, s.CreatedUtc, s.LastSeenUtc, s.IpAddress, s.UserAgent, s.Id == current)).ToList();
    }

    /// <summary>Ends every session of the user but the one in use ("退出其他所有设备"); returns how many ended.</summary>
    public async Task<int> EndOthersAsync(long userId, string? currentSecret, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var current = string.IsNullOrEmpty(currentSecret) ? string.Empty : Hash(currentSecret);
        return await db.UserSessions.Where(s => s.UserId == userId && s.RevokedUtc == null && s.Id != current)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedUtc, now), ct);
    }

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

/// <summary>One live session as its owner sees it: where and when, never its secret.</summary>
public sealed record SessionLine(SessionKind Kind, DateTime CreatedUtc, DateTime LastSeenUtc, string? IpAddress, string? UserAgent, bool IsCurrent);

/// <summary>A session that may go on: whose it is, and when its sign-in was.</summary>
public sealed record LiveSession(long UserId, DateTime StartedUtc);
