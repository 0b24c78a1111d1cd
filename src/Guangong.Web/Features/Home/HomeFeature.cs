namespace Guangong.Web.Features.Home;

public static class HomeFeature
{
    public static IServiceCollection AddHomeFeature(this IServiceCollection services) => services.AddScoped<HomeFigures>().AddScoped<HomeTodo>();
}
