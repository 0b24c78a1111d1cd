using Guangong.Web.Features.People.Import;
using Guangong.Web.Features.People.Training;
using Guangong.Web.Infrastructure.Data;

namespace Guangong.Web.Features.People;

public static class PeopleFeature
{
    public static IServiceCollection AddPeopleFeature(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var importDirectory = Path.Combine(DatabaseOptions.DataDirectory(configuration, contentRoot), "imports");
        services.AddScoped(sp => new ImportFileStore(importDirectory, sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<RosterImport>();
        services.AddSingleton<PreviewedRows>();
        services.AddSingleton(sp => RosterUpload.Kind(sp.GetRequiredService<PreviewedRows>()));
        services.AddScoped<VolunteerCare>();
        services.AddSingleton<ISaveFollower, LastVisitFollower>();
        services.AddScoped<TeamRenewal>();
        services.AddScoped<TrainingRecords>();
        services.AddScoped<TownVolunteers>();
        services.AddScoped<VolunteerChoices>();
        services.AddScoped<TrainingDirectory>();
        services.AddScoped<Demo.IDemoContent, PeopleDemoContent>();
        services.AddScoped<VolunteerRoster>();
        services.AddScoped<VolunteerDirectory>();
        return services;
    }
}
