using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Organization;

/// <summary>
/// A node of the organization tree. <see cref="Path"/> is the materialized path of ids from the
/// root, e.g. "/1/3/7/"; every record that belongs to a unit carries a copy of it.
/// </summary>
public class Unit : IUnitOwned, IVersioned
{
    public const int NameMaxLength = 60;

    public long Id { get; set; }

    public long? ParentId { get; set; }

    public Unit? Parent { get; set; }

    public string Name { get; set; } = string.Empty;

    public UnitLevel Level { get; set; }

    public UnitKind Kind { get; set; }

    public string Path { get; set; } = string.Empty;

    public int Depth { get; set; }

    public int SortOrder { get; set; }

    public string? ContactPerson { get; set; }

    public string? ContactPhone { get; set; }

    public string? Address { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>
    /// A town's own choice (issue 12.6): its correspondents' accounts (通讯员) may record activities too,
    /// as <see cref="Accounts.RoleNames.ActivityCorrespondent"/>. Read on the town's unit only.
    /// </summary>
    public bool CorrespondentsRecordActivities { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }

    long IUnitOwned.UnitId => Id;

    string IUnitOwned.UnitPath
    {
        get => Path;
        set => Path = value;
    }
}
