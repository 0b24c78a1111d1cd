using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Files;

namespace Guangong.Web.Infrastructure.Uploads;

/// <summary>
/// The evidence store and the one upload on pick, below every slice: a feature whose form takes files registers its
/// <see cref="UploadKind"/> in its own <c>Add…Feature()</c> and names it on the form (<c>data-upload-kind</c>).
/// </summary>
public static class UploadsSetup
{
    public static IServiceCollection AddUploads(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton(new EvidenceFiles(Path.Combine(DatabaseOptions.DataDirectory(configuration, contentRoot), "files")));
        services.AddHostedService<TrashSweeper>();
        services.AddScoped<PendingUploads>();
        services.AddScoped<UploadedDocuments>();
        return services;
    }
}
