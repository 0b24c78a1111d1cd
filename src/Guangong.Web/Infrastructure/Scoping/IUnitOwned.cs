namespace Guangong.Web.Infrastructure.Scoping;

/// <summary>
/// A record that belongs to one unit of the organization tree. <see cref="UnitPath"/> is a copy of
/// the unit's materialized path, so "this unit and everything below it" is one range filter on an
/// indexed column, with no join and no recursion.
/// </summary>
public interface IUnitOwned
{
    long UnitId { get; }

    string UnitPath { get; set; }
}
