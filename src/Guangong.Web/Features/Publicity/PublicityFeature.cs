using Guangong.Web.Infrastructure.Data;

namespace Guangong.Web.Features.Publicity;

public static class PublicityFeature
{
    public static IServiceCollection AddPublicityFeature(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton(new ArticleImages(Path.Combine(DatabaseOptions.DataDirectory(configuration, contentRoot), "files", "articles")));
        services.AddSingleton(ArticleImages.Kind);
        services.AddSingleton(ArticleImages.ClippingKind);
        services.AddScoped<ArticleRules>();
        services.AddScoped<ArticleCommands>();
        services.AddScoped<AdoptionCommands>();
        services.AddScoped<ArticleDirectory>();
        services.AddScoped<PublicityScores>();
        services.AddScoped<PublicityMonths>();
        services.AddScoped<PublicityBulletins>();
        services.AddScoped<PublicSite>();
        services.AddScoped<Highlights>();
        services.AddScoped<AnnualRanking>();
        services.AddScoped<CorrespondentTraining>();
        services.AddScoped<BulletinDrafts>();
        services.AddMemoryCache();
        services.AddScoped<Demo.IDemoContent, PublicityDemoContent>();
        services.AddScoped<Demo.IDemoContent, HighlightsDemoContent>();
        return services;
    }
}
