using Guangong.Web.Infrastructure.Data;

namespace Guangong.Web.Features.Activities;

public static class ActivitiesFeature
{
    public static IServiceCollection AddActivitiesFeature(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var fileDirectory = Path.Combine(DatabaseOptions.DataDirectory(configuration, contentRoot), "files");
        services.AddSingleton(new EvidenceFiles(fileDirectory));
        services.AddScoped<ActivityRecords>();
        services.AddScoped<ActivityDirectory>();
        services.AddScoped<ServiceHours>();
        services.AddScoped<Coverage>();
        services.AddScoped<CheckIn>();
        services.AddScoped<Certificates>();
        services.AddScoped<Demo.IDemoContent, ActivitiesDemoContent>();
        return services;
    }
}
