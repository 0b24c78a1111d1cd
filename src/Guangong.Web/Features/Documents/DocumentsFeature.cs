namespace Guangong.Web.Features.Documents;

public static class DocumentsFeature
{
    public static IServiceCollection AddDocumentsFeature(this IServiceCollection services)
    {
        return services;
    }
}
