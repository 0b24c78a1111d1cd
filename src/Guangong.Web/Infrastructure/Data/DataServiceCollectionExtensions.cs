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

        if (options.Provider == DatabaseProvider.Postgres)
        {
            var connectionString = LockTimeouts.Postgres(options.ConnectionString, options.LockTimeoutSeconds);
            services.AddDbContext<PostgresGuangongDbContext>(o => o.UseNpgsql(connectionString).AddInterceptors(Text.CleanTextOnSave.Instance));
            services.AddScoped<GuangongDbContext>(sp => sp.GetRequiredService<PostgresGuangongDbContext>());
        }
        else
        {
            var connectionString = LockTimeouts.Sqlite(options.ConnectionString, options.LockTimeoutSeconds);
            services.AddDbContext<SqliteGuangongDbContext>(o => o
                .UseSqlite(connectionString)
                .AddInterceptors(new SqlitePragmas(options.LockTimeoutSeconds), Text.CleanTextOnSave.Instance));
            services.AddScoped<GuangongDbContext>(sp => sp.GetRequiredService<SqliteGuangongDbContext>());
        }

        return services;
    }
}
