using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Scoping;

/// <summary>
/// "This unit and everything below it" as the one indexed range comparison the data scope uses
/// (see <see cref="DataScope.To"/>), for lists that narrow to a chosen unit inside the scope.
/// </summary>
public static class SubtreeFilter
{
    /// <summary>The exclusive upper bound of the paths below <paramref name="path"/>: "/3/7/" → "/3/70".</summary>
    public static string End(string path) => path[..^1] + "0";

    /// <summary>
    /// SQL of a common table expression named <c>above</c>: each unit ("UnitId") with every unit whose subtree holds it,
    /// itself included ("AboveId", "AbovePath"), found by the path index. Rows summed over each unit's subtree are joined
    /// to it by unit id: a range join of the rows themselves with the units ran past 30 minutes at a province.
    /// </summary>
    public const string UnitsAboveCte = """
        above AS MATERIALIZED (
            SELECT u."Id" AS "UnitId", a."Id" AS "AboveId", a."Path" AS "AbovePath"
            FROM "Units" u JOIN "Units" a ON u."Path" >= a."Path" AND u."Path" < substr(a."Path", 1, length(a."Path") - 1) || '0')
        """;

    /// <summary>The ids on a path, root first and the unit itself last: "/1/3/7/" → 1, 3, 7.</summary>
    public static List<long> Ids(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => long.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>The units on a path with their own paths, root first and the unit itself last: "/1/3/" → (1, "/1/"), (3, "/1/3/").</summary>
    public static IEnumerable<(long Id, string Path)> Ancestry(string path)
    {
        var ids = Ids(path);
        for (var depth = 1; depth <= ids.Count; depth++)
        {
            yield return (ids[depth - 1], "/" + string.Join('/', ids.Take(depth)) + "/");
        }
    }

    /// <summary>
    /// The units above a moved unit whose subtree it left or joined: those above both its old and its new place hold it
    /// before and after, so only these need their subtree figures summed again.
    /// </summary>
    public static List<long> AboveChangedByMove(string oldPath, string newPath)
    {
        var left = Ids(oldPath).SkipLast(1).ToHashSet();
        var joined = Ids(newPath).SkipLast(1).ToHashSet();
        return [.. left.Except(joined).Concat(joined.Except(left))];
    }

    /// <summary>
    /// The rows of <paramref name="path"/>'s subtree. Where that is narrower than the range the data scope already reads
    /// (a unit chosen below the scope's own; any unit while reading through a door or as the system), SQLite is told the
    /// subtree's range is the selective one (<see cref="Data.PlannerHints"/>): without it, it read the scope's. Where the
    /// two are the same, no hint: a nudge there turned the planner from a date index to the path range it ties with.
    /// </summary>
    public static IQueryable<T> InSubtree<T>(this IQueryable<T> query, string path, DataScope scope)
        where T : class, IUnitOwned
    {
        var end = End(path);
        var column = Data.GuangongDbContext.UnitPathProperty(typeof(T)); // a unit's own path is its Path
        return scope.Narrows(path)
            ? query.Where(e => Data.PlannerHints.Likely(string.Compare(EF.Property<string>(e, column), path) >= 0, NarrowerShare)
                && Data.PlannerHints.Likely(string.Compare(EF.Property<string>(e, column), end) < 0, NarrowerShare))
            : query.Where(e => string.Compare(EF.Property<string>(e, column), path) >= 0
                && string.Compare(EF.Property<string>(e, column), end) < 0);
    }

    /// <summary>
    /// Each bound's share of the rows as told to SQLite: 0.05 makes the pair look 400 times narrower than the table, beside
    /// the 64 times SQLite guesses for an unhinted range (so the chosen unit's range wins over the scope's).
    /// </summary>
    private const double NarrowerShare = 0.05;
}
