namespace Guangong.Web.Infrastructure.Scoping;

/// <summary>
/// The part of the organization tree the current request may read and write. One instance per
/// request (or per background operation); the EF global query filters and the write guard in
/// <see cref="Data.GuangongDbContext"/> read it, so no page or endpoint can forget it.
/// </summary>
public sealed class DataScope
{
    private bool _isSystem;

    /// <summary>Nothing is visible until a signed-in user or a system operation sets the scope.</summary>
    public DataScope()
    {
    }

    private DataScope(bool isSystem) => _isSystem = isSystem;

    /// <summary>A scope for start-up work, migrations and seeding.</summary>
    public static DataScope System() => new(isSystem: true);

    public bool IsSystem => _isSystem;

    /// <summary>The materialized path of the unit whose subtree is visible, e.g. "/3/7/".</summary>
    public string? Path { get; private set; }

    public long? UnitId { get; private set; }

    /// <summary>Lower bound (inclusive) of the visible path range.</summary>
    public string From => _isSystem ? string.Empty : Path ?? string.Empty;

    /// <summary>
    /// Upper bound (exclusive). Paths end in '/', and '0' is the character after '/', so every
    /// path that starts with "/3/7/" sorts before "/3/70" and nothing else sorts between them.
    /// The system scope is the range ["", "0"): every path, and the empty path of records that
    /// belong to no unit. The filter is always this one range, never "system OR range": an OR
    /// with a parameter keeps SQLite from using the index.
    /// </summary>
    public string To => _isSystem ? "0" : Path is null ? string.Empty : SubtreeFilter.End(Path);

    public bool IsEmpty => !_isSystem && Path is null;

    public void Restrict(long unitId, string unitPath)
    {
        if (!unitPath.StartsWith('/') || !unitPath.EndsWith('/'))
        {
            throw new ArgumentException("A unit path starts and ends with '/'.", nameof(unitPath));
        }

        _isSystem = false;
        UnitId = unitId;
        Path = unitPath;
    }

    public void Widen() => _isSystem = true;

    public bool Covers(string? unitPath) =>
        _isSystem || (Path is not null && unitPath is not null && unitPath.StartsWith(Path, StringComparison.Ordinal));

    /// <summary>
    /// Sees the whole tree for the duration of one operation that must run before anybody is
    /// signed in (checking a password, writing a login audit entry).
    /// </summary>
    public IDisposable Elevate()
    {
        var wasSystem = _isSystem;
        _isSystem = true;
        return new Restore(() => _isSystem = wasSystem);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
