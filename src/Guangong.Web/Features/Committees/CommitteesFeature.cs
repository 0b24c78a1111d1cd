namespace Guangong.Web.Features.Committees;

public static class CommitteesFeature
{
    public static IServiceCollection AddCommitteesFeature(this IServiceCollection services)
    {
        services.AddScoped<PositionCommands>();
        services.AddScoped<RuleCommands>();
        services.AddScoped<MemberUnitCommands>();
        services.AddScoped<ChecklistCommands>();
        services.AddScoped<CorrespondentCommands>();
        services.AddScoped<CorrespondentRecording>();
        services.AddScoped<CommitteeDirectory>();
        services.AddScoped<AppendixRoster>();
        services.AddScoped<Demo.IDemoContent, CommitteesDemoContent>();
        return services;
    }
}
