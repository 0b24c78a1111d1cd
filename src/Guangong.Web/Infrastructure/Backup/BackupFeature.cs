using Guangong.Web.Infrastructure.Data;
using Microsoft.Extensions.Options;

namespace Guangong.Web.Infrastructure.Backup;

public static class BackupFeature
{
    public static IServiceCollection AddBackups(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var dataDirectory = DatabaseOptions.DataDirectory(configuration, contentRoot);
        services.Configure<BackupOptions>(configuration.GetSection("Backup"));
        services.AddSingleton(sp => new DataBackup(sp.GetRequiredService<DatabaseOptions>(), dataDirectory, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ScheduledBackups(sp, sp.GetRequiredService<IOptions<BackupOptions>>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ScheduledBackups>>(), dataDirectory));
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledBackups>());
        return services;
    }
}
