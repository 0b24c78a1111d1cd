namespace Guangong.Web.Features.Dictionaries;

public static class DictionariesFeature
{
    public static IServiceCollection AddDictionariesFeature(this IServiceCollection services)
    {
        services.AddScoped<CodeLists>();
        return services;
    }
}
