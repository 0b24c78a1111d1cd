using Guangong.Web.Infrastructure.Data;

namespace Guangong.Web.Features.Organization;

/// <summary>
/// A port for the slices that keep figures by the units ABOVE a record (the hours of a volunteer summed per subtree):
/// after a unit moved and its subtree's paths were rewritten, inside the move's transaction, they sum those again.
/// </summary>
public interface IUnitMoveFollower
{
    Task MovedAsync(GuangongDbContext db, string oldPath, string newPath, CancellationToken ct = default);
}
