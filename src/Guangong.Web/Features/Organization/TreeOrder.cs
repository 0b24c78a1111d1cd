using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Organization;

/// <summary>
/// The order a list of units is shown in: each unit followed by the units below it, siblings by their sort order, then
/// name by pinyin (then creation, for equal names) — the unit pickers, the header's unit switch and the organization page alike.
/// The path is no order for people: its ids sort as text, so a town's village 10 came before village 5. A unit whose
/// parent is not listed (a picker cut at the upper levels keeps the form's own village) stands under its nearest listed
/// ancestor, read from its path, or at the top when none is listed.
/// </summary>
public static class TreeOrder
{
    /// <summary>
    /// Names of siblings compare as a Chinese reader looks them up, by pinyin (三河口村 after 焦溪村), not by character code,
    /// which put 三 before 常 before 查.
    /// </summary>
    public static readonly StringComparer Names = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("zh-CN"), ignoreCase: false);

    public static List<T> Sort<T>(IReadOnlyCollection<T> rows, Func<T, long> id, Func<T, string> path, Func<T, int> sortOrder, Func<T, string> name)
    {
        var ids = rows.Select(id).ToHashSet();
        var children = rows.ToLookup(r => SubtreeFilter.Ids(path(r)).SkipLast(1).Where(ids.Contains).Select(a => (long?)a).LastOrDefault());
        var ordered = new List<T>(rows.Count);
        void Walk(long? at)
        {
            foreach (var row in children[at].OrderBy(sortOrder).ThenBy(name, Names).ThenBy(id))
            {
                ordered.Add(row);
                Walk(id(row));
            }
        }

        Walk(null);
        return ordered;
    }
}
