using Microsoft.Extensions.Logging;

namespace Guangong.Web.Infrastructure.Scoping;

/// <summary>
/// The part of the organization tree the current request may read and write. One instance per
/// request (or per background operation); the EF global query filters and the write guard in
/// <see cref="Data.GuangongDbContext"/> read it, so no page or endpoint can forget it.
/// </summary>
public sealed class DataScope
{
    private readonly ILogger? _log;
    private bool _isSystem;
    private int _readingOutside;
    private int _writingOutside;

    /// <summary>Nothing is visible until a signed-in user or a system operation sets the scope.</summary>
    public DataScope()
    {
    }

    public DataScope(ILogger<DataScope> log) => _log = log;

    private DataScope(bool isSystem) => _isSystem = isSystem;

    /// <summary>A scope for start-up work, migrations and seeding.</summary>
    public static DataScope System() => new(isSystem: true);

    public bool IsSystem => _isSystem;

    /// <summary>The materialized path of the unit whose subtree is visible, e.g. "/3/7/".</summary>
    public string? Path { get; private set; }

    public long? UnitId { get; private set; }

    /// <summary>The level of the scope's unit when whoever set the scope had read it (the request's middleware does); else null.</summary>
    public Features.Organization.UnitLevel? Level { get; private set; }

    /// <summary>Lower bound (inclusive) of the visible path range.</summary>
    public string From => _isSystem || _readingOutside > 0 ? string.Empty : Path ?? string.Empty;

    /// <summary>
    /// Upper bound (exclusive). Paths end in '/', and '0' is the character after '/', so every
    /// path that starts with "/3/7/" sorts before "/3/70" and nothing else sorts between them.
    /// The system scope is the range ["", "0"): every path, and the empty path of records that
    /// belong to no unit. The filter is always this one range, never "system OR range": an OR
    /// with a parameter keeps SQLite from using the index.
    /// </summary>
    public string To => _isSystem || _readingOutside > 0 ? "0" : Path is null ? string.Empty : SubtreeFilter.End(Path);

    public bool IsEmpty => !_isSystem && Path is null;

    /// <summary>
    /// Whether the subtree of <paramref name="path"/> is narrower than the range the queries read now: a unit below the
    /// scope's own, or any unit while reading outside the scope or as the system (whose range is every path).
    /// </summary>
    public bool Narrows(string path) => From.Length == 0 || (path.Length > From.Length && path.StartsWith(From, StringComparison.Ordinal));

    public void Restrict(long unitId, string unitPath, Features.Organization.UnitLevel? level = null)
    {
        if (!unitPath.StartsWith('/') || !unitPath.EndsWith('/'))
        {
            throw new ArgumentException("A unit path starts and ends with '/'.", nameof(unitPath));
        }

        _isSystem = false;
        UnitId = unitId;
        Path = unitPath;
        Level = level;
    }

    public void Widen() => _isSystem = true;

    /// <summary>
    /// Whether the user only reads (上级查看). Pages hide their forms from such a user; the write guard refuses their changes
    /// to the units' records whatever page, form or endpoint sent them (<see cref="MayWrite"/>).
    /// </summary>
    public bool ReadsOnly { get; private set; }

    public void OnlyRead() => ReadsOnly = true;

    /// <summary>Whether the request may change <paramref name="record"/>: anyone but a reader, or what a reader writes as they read, or a named write outside the scope.</summary>
    public bool MayWrite(object record) => !ReadsOnly || _isSystem || _writingOutside > 0 || record is IWrittenByReaders;

    public bool Covers(string? unitPath) =>
        _isSystem || _writingOutside > 0 || (Path is not null && unitPath is not null && unitPath.StartsWith(Path, StringComparison.Ordinal));

    /// <summary>
    /// The one door out of the scope: for the duration of one operation the query filters see the
    /// whole tree (and, if the reason says so, the write guard lets writes outside it through). The
    /// reason is a named value from <see cref="OutsideReasons"/>, each saying why it is needed;
    /// every use is logged with the user's scope so it can be audited, and a test keeps the list
    /// of places that call this closed. Reads under it return what the feature needs (a count, a
    /// flag, the caller's own row), never another unit's names.
    /// </summary>
    public IDisposable ReadOutside(OutsideReason reason)
    {
        _log?.Log(reason.EveryRequest ? LogLevel.Debug : LogLevel.Information, "Reading outside the scope {ScopePath} for {Reason}", Path ?? "(none)", reason.Name);
        _readingOutside++;
        if (reason.Writes)
        {
            _writingOutside++;
        }

        return new Restore(() =>
        {
            _readingOutside--;
            if (reason.Writes)
            {
                _writingOutside--;
            }
        });
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
