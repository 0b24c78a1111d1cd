namespace Guangong.Web.Features.Applications;

public static class ApplicationsFeature
{
    public static IServiceCollection AddApplicationsFeature(this IServiceCollection services)
    {
        services.AddScoped<ApplicationCommands>();
        services.AddScoped<ApplicationDirectory>();
        services.AddScoped<ApplicationForm>();
        services.AddScoped<ApplicationPhotos>();
        services.AddScoped<Demo.IDemoContent, ApplicationsDemoContent>();
        return services;
    }
}
