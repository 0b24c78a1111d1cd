using Guangong.Web.Features.Documents.Profile;

namespace Guangong.Web.Features.Documents;

public static class DocumentsFeature
{
    public static IServiceCollection AddDocumentsFeature(this IServiceCollection services)
    {
        services.AddScoped<DocumentRegister>();
        services.AddScoped<SaveIssuingProfile>();
        services.AddScoped<Demo.IDemoContent, DocumentsDemoContent>();
        return services;
    }
}
