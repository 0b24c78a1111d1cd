using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddGuangongData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = DatabaseOptions.From(configuration, contentRoot);
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped(sp => new DataScope(sp.GetRequiredService<ILogger<DataScope>>()));
        services.AddScoped<CurrentActor>();
        services.AddScoped<RecentRemovals>();
        services.AddScoped<Commands.SubmitOnce>();
        services.AddSingleton<ISaveFollower, Commands.SubmitOnce.Follower>();

        // The text is cleaned before the write guard and the audit trail see it: the interceptors run in this order.
        if (options.Provider == DatabaseProvider.Postgres)
        {
            var connectionString = LockTimeouts.Postgres(options.ConnectionString, options.LockTimeoutSeconds);
            services.AddPooledDbContextFactory<PostgresGuangongDbContext>(o => Quiet(o.UseNpgsql(connectionString)).UsePlannerHints(sqlite: false).AddInterceptors(Text.CleanTextOnSave.Instance, GuardAndAuditInterceptor.Instance));
            services.AddScoped(Leased<PostgresGuangongDbContext>);
        }
        else
        {
            var connectionString = LockTimeouts.Sqlite(options.ConnectionString, options.LockTimeoutSeconds);

            // A list in a query (ids.Contains(x)) goes as one parameter per value, EF Core 10's default: SQLite's planner then
            // knows the list's length and seeks the list's index. Sent as one JSON array it took the list for 25 rows of
            // unknown values and walked the scope's path range instead (19 of 36 list queries of a county's pages, the
            // district's dashboard 17 ms a request on that read alone). A list that can outgrow a statement's 32,766
            // parameters (a year's names, an import's people) asks for one array itself: EF.Parameter(list).
            services.AddPooledDbContextFactory<SqliteGuangongDbContext>(o => Quiet(o.UseSqlite(connectionString)).UsePlannerHints(sqlite: true)
                .AddInterceptors(new SqlitePragmas(options.LockTimeoutSeconds), Text.CleanTextOnSave.Instance, GuardAndAuditInterceptor.Instance));
            services.AddScoped(Leased<SqliteGuangongDbContext>);
        }

        return services;
    }

    /// <summary>
    /// The capped counts ("more than 300 units? more than 2,000 volunteers?") take N + 1 rows in no order on purpose: an
    /// order would make the database walk a province's key index to count a town. EF Core warned of each on every page.
    /// </summary>
    private static DbContextOptionsBuilder Quiet(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.RowLimitingOperationWithoutOrderByWarning));

    /// <summary>
    /// The request's context: one from the pool, given the request's scope, actor and clock; disposed with the request,
    /// back to the pool. Registered once, as the base type: DI disposes what each registration made, and a pooled context
    /// disposed a second time after its return would be disposed for good, or taken from the request that leased it next.
    /// On SQLite the connection is opened once for the lease instead of by EF Core around each query: each opening ran the
    /// connection's pragmas again and was 10–15 % of a record view (issue 18.2 (a)). It holds no lock while no transaction
    /// is open, and the pool closes it (rolling back anything left open) when the context goes back.
    /// </summary>
    private static GuangongDbContext Leased<T>(IServiceProvider services)
        where T : GuangongDbContext
    {
        var context = services.GetRequiredService<IDbContextFactory<T>>().CreateDbContext();
        context.Lease(services.GetRequiredService<DataScope>(), services.GetRequiredService<CurrentActor>(), services.GetRequiredService<TimeProvider>());
        if (context is SqliteGuangongDbContext)
        {
            try
            {
                context.Database.OpenConnection();
            }
            catch
            {
                context.Dispose();
                throw;
            }
        }

        return context;
    }
}
