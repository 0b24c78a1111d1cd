namespace Guangong.Web.Features.Audit;

public static class AuditFeature
{
    public static IServiceCollection AddAuditFeature(this IServiceCollection services)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditRecordNames>();
        return services;
    }
}
