using Guangong.Web.Infrastructure.Data;

namespace Guangong.Web.Features.Demo;

public static class DemoFeature
{
    public static IServiceCollection AddDemoFeature(this IServiceCollection services, IConfiguration configuration)
    {
        // Demo data is the default on the embedded database only; Seed:Demo overrides it.
        services.AddSingleton(sp => new DemoMode(
            configuration.GetValue<bool?>("Seed:Demo") ?? sp.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Sqlite));
        services.AddScoped<PlatformSeeder>();
        return services;
    }
}
