using Guangong.Web.Features.Safety.Cafes;
using Guangong.Web.Features.Safety.CareCases;

namespace Guangong.Web.Features.Safety;

public static class SafetyFeature
{
    public static IServiceCollection AddSafetyFeature(this IServiceCollection services)
    {
        services.AddScoped<CareCaseAccess>();
        services.AddScoped<CareCaseDirectory>();
        services.AddScoped<CareCaseCommands>();
        services.AddScoped<CafeDirectory>();
        services.AddScoped<CafeCommands>();
        services.AddScoped<InspectionCommands>();
        services.AddScoped<Demo.IDemoContent, CafesDemoContent>();
        services.AddScoped<Demo.IDemoContent, SafetyDemoContent>();
        return services;
    }

    public static IEndpointRouteBuilder MapSafetyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCareCaseEndpoints();
        app.MapCafeEndpoints();
        return app;
    }
}
