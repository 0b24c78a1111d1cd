using Guangong.Web.Infrastructure.Data;

namespace Guangong.Web.Features.Essays;

public static class EssaysFeature
{
    public static IServiceCollection AddEssaysFeature(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddScoped<ContestDirectory>();
        services.AddScoped<EssayAuthors>();
        services.AddScoped<ContestCommands>();
        services.AddScoped<SubmissionCommands>();
        services.AddScoped<SubmissionBuilder>();
        services.AddScoped<EssayUploads>();
        services.AddSingleton(EssayUploads.ImageKind);
        services.AddSingleton(EssayUploads.FileKind);
        services.AddSingleton<SubmissionImageStore>();
        services.AddScoped<AwardCommands>();
        services.AddScoped<JudgingCommands>();
        services.AddScoped<ContestExports>();
        services.AddScoped<JournalCommands>();
        services.AddScoped<JournalDirectory>();
        services.AddSingleton(sp => new JournalArchive(Path.Combine(DatabaseOptions.DataDirectory(configuration, contentRoot), "files", "journals"), sp.GetRequiredService<ILogger<JournalArchive>>()));
        services.AddScoped<Demo.IDemoContent, EssaysDemoContent>();
        return services;
    }
}
