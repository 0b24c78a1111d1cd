namespace Guangong.Web.Features.Privacy;

/// <summary>Personal data as the law asks (issue 19.7): erasure of a volunteer who has left.</summary>
public static class PrivacyFeature
{
    public static IServiceCollection AddPrivacyFeature(this IServiceCollection services) => services.AddScoped<VolunteerErasure>();
}
