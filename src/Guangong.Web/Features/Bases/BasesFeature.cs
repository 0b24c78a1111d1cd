namespace Guangong.Web.Features.Bases;

public static class BasesFeature
{
    public static IServiceCollection AddBasesFeature(this IServiceCollection services)
    {
        services.AddScoped<BaseRegistry>();
        services.AddScoped<Demo.IDemoContent, BasesDemoContent>();
        return services;
    }
}
