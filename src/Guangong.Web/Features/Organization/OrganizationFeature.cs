namespace Guangong.Web.Features.Organization;

public static class OrganizationFeature
{
    public static IServiceCollection AddOrganizationFeature(this IServiceCollection services)
    {
        services.AddScoped<OrganizationTree>();
        services.AddScoped<UnitDirectory>();
        services.AddScoped<UnitChoices>();
        services.AddScoped<TownNamedUnits>();
        services.AddScoped<UnitTreeOrder>();
        return services;
    }
}
