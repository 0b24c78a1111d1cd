namespace Guangong.Web.Features.Plans;

public static class PlansFeature
{
    public static IServiceCollection AddPlansFeature(this IServiceCollection services)
    {
        services.AddScoped<Activities.IPlanTaskCatalog, PlanTaskCatalog>();
        services.AddScoped<PlanImportCommands>();
        services.AddSingleton(PlanDocumentKinds.Plan);
        services.AddSingleton(PlanDocumentKinds.Summary);
        services.AddScoped<ProgressCommands>();
        services.AddScoped<PlanCommands>();
        services.AddScoped<TaskCommands>();
        services.AddScoped<TaskDeadlines>();
        services.AddScoped<SummaryProgress>();
        services.AddScoped<PlanDirectory>();
        services.AddScoped<PlanDocuments>();
        services.AddScoped<Issue.IssueDocument>();
        services.AddScoped<YearEndSummary>();
        services.AddScoped<Demo.IDemoContent, PlansDemoContent>();
        return services;
    }
}
