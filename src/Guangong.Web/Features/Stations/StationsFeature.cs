namespace Guangong.Web.Features.Stations;

public static class StationsFeature
{
    public static IServiceCollection AddStationsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StationOptions>(configuration.GetSection("Stations"));
        services.AddScoped<StationCommands>();
        services.AddScoped<StationTutors>();
        services.AddScoped<StationDirectory>();
        services.AddScoped<StationList>();
        services.AddScoped<Publicity.IPublicStationDirectory, PublicStationDirectory>();
        services.AddScoped<Assessments.IAssessmentSubjects, StationSubjects>();
        services.AddScoped<Demo.IDemoContent, StationsDemoContent>();
        return services;
    }
}
