using Guangong.Web.Infrastructure.Data;

namespace Guangong.Web.Features.Notices;

public static class NoticesFeature
{
    public static IServiceCollection AddNoticesFeature(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton(new NoticeFiles(Path.Combine(DatabaseOptions.DataDirectory(configuration, contentRoot), "files", "notices")));
        services.AddScoped<NoticeRules>();
        services.AddScoped<NoticeUploads>();
        services.AddSingleton(NoticeUploads.Kind);
        services.AddScoped<NoticeCommands>();
        services.AddScoped<NoticeReplies>();
        services.AddScoped<NoticeDirectory>();
        services.AddScoped<Demo.IDemoContent, NoticesDemoContent>();
        return services;
    }
}
