using System.Linq.Expressions;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Audit;
using Guangong.Web.Features.Dictionaries;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

/// <summary>
/// The platform's one database context. Provider-specific subclasses exist only so that each
/// provider has its own migrations set. Three things every read and write passes through are
/// wired here: the data-scope query filter, and (as a save interceptor) the write guard and the audit trail.
/// </summary>
public abstract partial class GuangongDbContext : IdentityDbContext<AppUser, AppRole, long>
{
    // The request's own, given when the context is leased from the pool (Lease) and taken back when it returns
    // (Dispose): a context between requests has no scope, and any query it ran would fail rather than read with another's.
    private DataScope? _scope;
    private CurrentActor? _actor;
    private TimeProvider? _clock;

    /// <summary>
    /// Contexts are pooled (<see cref="DataServiceCollectionExtensions.AddGuangongData"/>): setting one up took about
    /// 0.6 ms of a 3 ms record view, more than any of its queries (issue 18.2 (a)). The request's scope, actor and clock
    /// are handed over by <see cref="Lease"/>.
    /// </summary>
    protected GuangongDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>
    /// Whether the context runs on SQLite, else PostgreSQL: known from its type. EF Core's <c>Database.IsSqlite()</c> reads
    /// the provider's assembly name on every call (a list page asked on each query, a save in its scope check).
    /// </summary>
    public bool OnSqlite => this is SqliteGuangongDbContext;

    /// <summary>Gives a context taken from the pool the request's scope, actor and clock.</summary>
    internal GuangongDbContext Lease(DataScope scope, CurrentActor actor, TimeProvider clock)
    {
        (_scope, _actor, _clock) = (scope, actor, clock);
        return this;
    }

    public override void Dispose()
    {
        Release();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        Release();
        return base.DisposeAsync();
    }

    /// <summary>What a request left on the context goes with it; the pool resets EF Core's own state.</summary>
    private void Release()
    {
        (_scope, _actor, _clock) = (null, null, null);
        PendingAudit = null;
        WritingAudit = false;
        Untracked = null;
        SubmissionMarks.Clear();
    }

    private DataScope LeasedScope => _scope ?? throw new InvalidOperationException("The context was used outside a lease: it has no data scope.");

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DictionaryItem> DictionaryItems => Set<DictionaryItem>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DataScope Scope => LeasedScope;

    // Read by the query filters each time a query runs (EF parameterizes context members).
    public string ScopeFrom => LeasedScope.From;

    public string ScopeTo => LeasedScope.To;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GuangongDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => t.BaseType is null).ToList())
        {
            var clr = entityType.ClrType;
            if (typeof(IVersioned).IsAssignableFrom(clr))
            {
                builder.Entity(clr).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }

            if (typeof(IUnitOwned).IsAssignableFrom(clr))
            {
                var pathProperty = UnitPathProperty(clr);
                if (!ModelForCodeGeneration)
                {
                    builder.Entity(clr).HasQueryFilter(ScopeFilter(clr));
                }

                ConfigureUnitPath(builder.Entity(clr).Property(pathProperty));
            }
        }
    }

    /// <summary>
    /// True for the design-time contexts (migrations, `dotnet ef dbcontext optimize`): EF cannot generate a compiled
    /// model with query filters, so the generated model is built without them and CompiledModels/ScopeFilters puts
    /// the same filters back when it loads. Migrations never depended on them.
    /// </summary>
    internal bool ModelForCodeGeneration { get; init; }

    /// <summary>Lets a provider make path comparison byte-wise (PostgreSQL needs the "C" collation).</summary>
    protected virtual void ConfigureUnitPath(Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder path)
    {
    }

    internal static string UnitPathProperty(Type clr) => clr == typeof(Unit) ? nameof(Unit.Path) : nameof(IUnitOwned.UnitPath);

    /// <summary>
    /// e => path >= ScopeFrom &amp;&amp; path &lt; ScopeTo (see <see cref="DataScope.To"/>). The context is a typed null: EF
    /// replaces any expression of the context's type in a filter by the context running the query, so the filter
    /// needs no instance, and the compiled model (built without a context) can carry the very same expression.
    /// </summary>
    internal static LambdaExpression ScopeFilter(Type clr)
    {
        var e = Expression.Parameter(clr, "e");
        var context = Expression.Constant(null, typeof(GuangongDbContext));
        var path = Expression.Property(e, UnitPathProperty(clr));
        var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
        var from = Expression.Property(context, nameof(ScopeFrom));
        var to = Expression.Property(context, nameof(ScopeTo));
        var inRange = Expression.AndAlso(
            Expression.GreaterThanOrEqual(Expression.Call(compare, path, from), Expression.Constant(0)),
            Expression.LessThan(Expression.Call(compare, path, to), Expression.Constant(0)));
        return Expression.Lambda(inRange, e);
    }

    internal CurrentActor Actor => _actor ?? throw new InvalidOperationException("The context was used outside a lease: it has no actor.");

    internal TimeProvider Clock => _clock ?? throw new InvalidOperationException("The context was used outside a lease: it has no clock.");

    /// <summary>Audit entries captured before the running save, written after it (<see cref="GuardAndAuditInterceptor"/>).</summary>
    internal GuardAndAuditInterceptor.PendingSave? PendingAudit { get; set; }

    /// <summary>The rows <see cref="AddUntracked{TEntity}"/> handed to the next save; the save takes them.</summary>
    internal List<UntrackedRow>? Untracked { get; set; }

    /// <summary>
    /// New rows (and the rows in their collections: a volunteer's first history line) for the next save, written in bulk
    /// without the change tracker: a roster import's 20,000 volunteers cost more to track than to write. The save treats
    /// them as it treats tracked rows — the write guard stamps and checks them, the audit trail records them, the followers
    /// keep their derived rows — in its one transaction; their ids are set on them when it has written them. Not tracked
    /// after the save either: read them again to change them.
    /// </summary>
    public void AddUntracked<TEntity>(IEnumerable<TEntity> rows) where TEntity : class
    {
        var type = Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not a kind of this model.");
        var flat = rows.SelectMany(r => UntrackedRow.Flatten(type, r)).ToList();
        if (flat.Count > 0)
        {
            (Untracked ??= []).AddRange(flat);
        }
    }

    /// <summary>Rows handed to a save that did not run (the caller failed before it): not written by a later one.</summary>
    public void DropUntracked() => Untracked = null;

    /// <summary>
    /// A stale row ends the save here: EF Core reports a concurrency conflict to the interceptors as such, not as a failed
    /// save, so the transaction the save opened would stay open until the context is disposed, and a later save on the
    /// same context (a retry after clearing the tracker) would write into it and never commit. Ended after EF Core has
    /// rolled back to its savepoint, not in the middle of its batch.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await GuardAndAuditInterceptor.EndAsync(this);
            throw;
        }
    }

    /// <summary>True while the interceptor saves the audit entries of a save that has just succeeded.</summary>
    internal bool WritingAudit { get; set; }

    /// <summary>Who is acting in this request, as the audit trail names them.</summary>
    public string ActorName => Actor.UserName;

    /// <summary>Who did it, as a record shows it to people (the account's display name).</summary>
    public string ActorDisplayName => Actor.DisplayName;

    /// <summary>The signed-in user this context writes for; null for the platform's own work (the demo's seed, the console).</summary>
    public long? ActorUserId => Actor.UserId;

    /// <summary>Writes an audit entry that is not tied to an entity change (logins, denied access, exports).</summary>
    public AuditEntry AddAuditEvent(string action, string entity, string? entityId, string? details = null, string? unitPath = null, string? userName = null, long? unitId = null)
    {
        var entry = NewAuditEvent(action, entity, entityId, details, unitPath, userName, unitId);
        AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>The same entry, not added to the context: for one written at once (<see cref="SensitiveReads"/>).</summary>
    internal AuditEntry NewAuditEvent(string action, string entity, string? entityId, string? details = null, string? unitPath = null, string? userName = null, long? unitId = null) =>
        new()
        {
            TimestampUtc = Clock.GetUtcNow().UtcDateTime,
            UserId = Actor.UserId,
            UserName = userName ?? Actor.UserName,
            IpAddress = Actor.IpAddress,
            UnitId = unitId ?? Scope.UnitId,
            UnitPath = unitPath ?? Scope.Path ?? string.Empty,
            Action = action,
            Entity = entity,
            EntityId = entityId,
            Changes = details,
        };
}
