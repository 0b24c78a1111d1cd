using Guangong.Web.Features.Safety.Cafes;
using Guangong.Web.Features.Safety.CareCases;
using Guangong.Web.Features.Safety.Legal;
using Guangong.Web.Features.Safety.Photos;
using Guangong.Web.Features.Safety.Water;
using Guangong.Web.Features.Safety.ZeroCrime;

namespace Guangong.Web.Features.Safety;

public static class SafetyFeature
{
    public static IServiceCollection AddSafetyFeature(this IServiceCollection services)
    {
        services.AddScoped<CareCaseAccess>();
        services.AddScoped<CareCaseDirectory>();
        services.AddScoped<CareCaseCommands>();
        services.AddScoped<LegalCoverage>();
        services.AddScoped<CafeDirectory>();
        services.AddScoped<CafeCommands>();
        services.AddScoped<InspectionCommands>();
        services.AddScoped<SafetyPhotos>();
        services.AddSingleton(SafetyPhotos.Kind);
        services.AddScoped<Demo.IDemoContent, CafesDemoContent>();
        services.AddScoped<WaterDirectory>();
        services.AddScoped<WaterCommands>();
        services.AddScoped<PatrolCommands>();
        services.AddScoped<Demo.IDemoContent, WaterDemoContent>();
        services.AddScoped<ZeroCrimeRecords>();
        services.AddScoped<Demo.IDemoContent, ZeroCrimeDemoContent>();
        services.AddScoped<Demo.IDemoContent, SafetyDemoContent>();
        services.AddScoped<Demo.IDemoContent, SafetyHoursDemoContent>();
        return services;
    }

    public static IEndpointRouteBuilder MapSafetyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCareCaseEndpoints();
        app.MapCafeEndpoints();
        app.MapWaterEndpoints();
        app.MapZeroCrimeEndpoints();
        app.MapLegalEndpoints();
        app.MapSafetyPhotoEndpoints();
        return app;
    }
}
