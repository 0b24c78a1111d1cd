using System.Collections.Frozen;

namespace Guangong.Web.Features.Audit;

/// <summary>Which recorded fields a person is shown, and how much of them.</summary>
public static partial class AuditValueText
{
    private static readonly FrozenSet<string> TechnicalFields = new[]
    {
        "Id", "Version", "ConcurrencyStamp", "SecurityStamp", "UnitPath", "Path", "Depth", "NormalizedUserName",
        "NormalizedEmail", "StorageKey", "NormalizedName",

        // What a file is stored as and checked by, which its name and size already tell a person.
        "ContentType", "HasThumbnail", "FileKey", "Sha256", "FileSha256", "Fingerprint",

        // One-time and uniqueness keys of forms and check-outs, a template's family id, and the store a sign-in credential lives in.
        "IssueKey", "CheckOutKey", "Family", "LoginProvider", "ProviderKey",

        // The patrol or inspection an hour line came from, which its 服务内容 already names in words.
        "SourceId",
    }.ToFrozenSet();

    /// <summary>Fields whose value is data for the software (a JSON table, a list of file ids): the line says only that it was set or changed.</summary>
    private static readonly FrozenSet<string> OpaqueFields = new[] { "Typed", "Photos", "Snapshot", "ClippingKey" }.ToFrozenSet();

    public static bool IsTechnical(string? field) => field is null || TechnicalFields.Contains(field);

    /// <summary>
    /// An account's sign-in bookkeeping, which a new account starts with the same every time (not yet verified, may be
    /// locked, no failed attempt): said when it changes, not listed on a new account's line.
    /// </summary>
    public static bool IsStartingBookkeeping(string? field) =>
        field is "EmailConfirmed" or "PhoneNumberConfirmed" or "LockoutEnabled" or "AccessFailedCount";

    /// <summary>
    /// A value the line only says was set or changed: data for the software, or a credential's secret
    /// (entries written before the trail masked it still hold it).
    /// </summary>
    public static bool IsOpaque(string? entity, string? field) =>
        field is not null && (OpaqueFields.Contains(field) || (entity == AuditNames.UserToken && field == "Value"));

}
