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
    private readonly DataScope _scope;
    private readonly CurrentActor _actor;
    private readonly TimeProvider _clock;

    protected GuangongDbContext(DbContextOptions options, DataScope scope, CurrentActor actor, TimeProvider clock)
        : base(options)
    {
        _scope = scope;
        _actor = actor;
        _clock = clock;
    }

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DictionaryItem> DictionaryItems => Set<DictionaryItem>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DataScope Scope => _scope;

    // Read by the query filters each time a query runs (EF parameterizes context members).
    public string ScopeFrom => _scope.From;

    public string ScopeTo => _scope.To;

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

    internal CurrentActor Actor => _actor;

    internal TimeProvider Clock => _clock;

    /// <summary>Audit entries captured before the running save, written after it (<see cref="GuardAndAuditInterceptor"/>).</summary>
    internal GuardAndAuditInterceptor.PendingSave? PendingAudit { get; set; }

    /// <summary>True while the interceptor saves the audit entries of a save that has just succeeded.</summary>
    internal bool WritingAudit { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(GuardAndAuditInterceptor.Instance);

    /// <summary>Who is acting in this request, as the audit trail names them.</summary>
    public string ActorName => _actor.UserName;

    /// <summary>Writes an audit entry that is not tied to an entity change (logins, denied access, exports).</summary>
    public AuditEntry AddAuditEvent(string action, string entity, string? entityId, string? details = null, string? unitPath = null, string? userName = null, long? unitId = null)
    {
        var entry = new AuditEntry
        {
            TimestampUtc = _clock.GetUtcNow().UtcDateTime,
            UserId = _actor.UserId,
            UserName = userName ?? _actor.UserName,
            IpAddress = _actor.IpAddress,
            UnitId = unitId ?? _scope.UnitId,
            UnitPath = unitPath ?? _scope.Path ?? string.Empty,
            Action = action,
            Entity = entity,
            EntityId = entityId,
            Changes = details,
        };
        AuditEntries.Add(entry);
        return entry;
    }
}
