using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Guangong.Web.Infrastructure.Data;

/// <summary>
/// A new row added to the next save without the change tracker (<see cref="GuangongDbContext.AddUntracked{TEntity}"/>),
/// with the parent whose generated id it takes when it was reached through the parent's collection (a volunteer's first
/// history line). Tracking 40,000 rows of a roster import cost more than writing them (issue 18.2 (d)).
/// </summary>
internal sealed record UntrackedRow(IEntityType Type, object Entity, UntrackedRow? Parent, IForeignKey? ParentKey)
{
    public object? Get(IProperty property) => property.GetGetter().GetClrValue(Entity);

    public void Set(IProperty property, object? value) => property.PropertyInfo!.SetValue(Entity, value);

    /// <summary>0 for a row handed over, 1 for a row in its collection, and so on: the order they are written in.</summary>
    public int Depth { get; } = Parent is null ? 0 : Parent.Depth + 1;

    /// <summary>The row's generated id, once written; 0 before.</summary>
    public long Id => (long)Get(Type.FindPrimaryKey()!.Properties[0])!;

    /// <summary>The rows a caller handed over with the rows in their collections, each parent before its children.</summary>
    public static IEnumerable<UntrackedRow> Flatten(IEntityType type, object entity, UntrackedRow? parent = null, IForeignKey? key = null)
    {
        var row = new UntrackedRow(type, entity, parent, key);
        yield return row;
        foreach (var navigation in Children.GetOrAdd(type, t => ChildrenOf(t, [])))
        {
            if (navigation.GetGetter().GetClrValue(entity) is not System.Collections.IEnumerable children)
            {
                continue;
            }

            foreach (var child in children)
            {
                foreach (var descendant in Flatten(navigation.TargetEntityType, child, row, navigation.ForeignKey))
                {
                    yield return descendant;
                }
            }
        }
    }

    /// <summary>The collections whose rows go with a kind's rows, worked out once per kind (an import hands over 20,000 rows).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<IEntityType, INavigation[]> Children = new();

    private static INavigation[] ChildrenOf(IEntityType type, HashSet<IEntityType> above)
    {
        if (!above.Add(type))
        {
            throw new InvalidOperationException($"{type.ClrType.Name}: rows added without the tracker cannot hold collections that lead back to their own kind.");
        }

        if (!BulkInsert.Writable(type) || type.GetProperties().Any(p => p.IsShadowProperty() || p.PropertyInfo?.SetMethod is null))
        {
            throw new InvalidOperationException($"{type.ClrType.Name} rows cannot be added without the change tracker: only a kind the bulk writer writes, with every column a settable property.");
        }

        var children = type.GetNavigations().Where(n => n.IsCollection && !n.IsOnDependent).ToArray();
        foreach (var navigation in children)
        {
            if (navigation.TargetEntityType == type || navigation.ForeignKey is not { Properties.Count: 1, PrincipalKey: var principal } || !principal.IsPrimaryKey())
            {
                throw new InvalidOperationException($"{type.ClrType.Name}.{navigation.Name}: a row added without the tracker takes its parent's id through one key column, from a parent of another kind.");
            }

            ChildrenOf(navigation.TargetEntityType, [.. above]);
        }

        return children;
    }
}

/// <summary>How a save follower (<see cref="ISaveFollower"/>) sees the rows added to the save without the tracker.</summary>
public static class UntrackedAddsExtensions
{
    /// <summary>The new rows of <typeparamref name="T"/> the running save writes without tracking them: each follower reads them beside the tracker's entries.</summary>
    public static IEnumerable<T> AddedUntracked<T>(this ChangeTracker tracker) where T : class =>
        tracker.Context is GuangongDbContext { Untracked: { } rows } ? rows.Select(r => r.Entity).OfType<T>() : [];

    /// <summary>The same rows of every kind, with the kind's model (for a follower that reads a property by name).</summary>
    public static IEnumerable<(IEntityType Type, object Entity)> AddedUntracked(this ChangeTracker tracker) =>
        tracker.Context is GuangongDbContext { Untracked: { } rows } ? rows.Select(r => (r.Type, r.Entity)) : [];
}
