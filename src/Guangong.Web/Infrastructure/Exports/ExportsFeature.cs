namespace Guangong.Web.Infrastructure.Exports;

public static class ExportsFeature
{
    public static IServiceCollection AddExports(this IServiceCollection services) => services.AddHttpContextAccessor().AddScoped<ExcelExport>();
}
