using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.AspNetCore.Identity;

namespace Guangong.Web.Features.Accounts;

public class AppUser : IdentityUser<long>, IUnitOwned, IVersioned, IWrittenByReaders
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Null only for a platform administrator who is above every unit.</summary>
    public long? HomeUnitId { get; set; }

    /// <summary>Path of <see cref="HomeUnitId"/>; empty for a platform administrator.</summary>
    public string UnitPath { get; set; } = string.Empty;

    public bool IsDisabled { get; set; }

    /// <summary>Set on creation and on reset: the next sign-in must choose a new password.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>长辈模式: large text, high contrast, big targets.</summary>
    public bool ElderMode { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? LastLoginUtc { get; set; }

    public long Version { get; set; }

    long IUnitOwned.UnitId => HomeUnitId ?? 0;
}
