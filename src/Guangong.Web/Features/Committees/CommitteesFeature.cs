namespace Guangong.Web.Features.Committees;

public static class CommitteesFeature
{
    public static IServiceCollection AddCommitteesFeature(this IServiceCollection services)
    {
        services.AddScoped<CommitteeRecords>();
        services.AddScoped<CommitteeDirectory>();
        services.AddScoped<AppendixRoster>();
        services.AddScoped<Demo.IDemoContent, CommitteesDemoContent>();
        return services;
    }
}
