using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

/// <summary>
/// Reads a table by a named index on SQLite (<c>INDEXED BY</c>); PostgreSQL plans from its statistics of values. SQLite's
/// build here keeps no statistics of values (no STAT4): it takes any range, the data scope's path range included, for a
/// small slice of the table, and for a district (whose range holds the whole county) it walked every row in scope where
/// the key index finds the few units' rows asked for. For reads whose index is right for every scope (a list of units'
/// keys), or an order chosen after the read has counted its scope past a fixed size (the roster by name for a district,
/// the newest activities): right on SQLite up to a county, where a scope that large is most of the table; past that
/// (a county of a province's million rows) the walk would read far more rows than it shows, and the city and province
/// run on PostgreSQL, where nothing is hinted. The query filters (the data scope) apply as to any read.
/// </summary>
public static class IndexHint
{
    /// <summary>The entity's rows read by its index on <paramref name="properties"/> (in the index's order) on SQLite.</summary>
    public static IQueryable<T> ByIndex<T>(this GuangongDbContext db, params string[] properties)
        where T : class
    {
        var set = db.Set<T>();
        if (!db.OnSqlite)
        {
            return set;
        }

        // The statement is found in the model once per index: a list page asks on every request.
        var sql = Statements.GetOrAdd((typeof(T), string.Join(',', properties)), static (_, state) =>
        {
            var (model, names) = state;
            var entity = model.FindEntityType(typeof(T)) ?? throw new ArgumentException($"{typeof(T).Name} is not an entity.", nameof(T));
            var index = entity.GetIndexes().FirstOrDefault(i => i.Properties.Select(p => p.Name).SequenceEqual(names))
                ?? throw new ArgumentException($"{typeof(T).Name} has no index on ({string.Join(", ", names)}).", nameof(properties));
            return "SELECT * FROM \"" + entity.GetTableName() + "\" INDEXED BY \"" + index.GetDatabaseName() + "\"";
        }, (db.Model, properties));
        return set.FromSqlRaw(sql);
    }

    private static readonly ConcurrentDictionary<(Type, string), string> Statements = new();
}
