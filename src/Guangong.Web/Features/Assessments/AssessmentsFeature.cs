namespace Guangong.Web.Features.Assessments;

public static class AssessmentsFeature
{
    public static IServiceCollection AddAssessmentsFeature(this IServiceCollection services)
    {
        services.AddScoped<TemplateCatalog>();
        services.AddSingleton(RulesDocument.Kind);
        services.AddScoped<TemplateCommands>();
        services.AddScoped<AssessmentCommands>();
        services.AddScoped<AssessmentStarter>();
        services.AddScoped<RemediationCommands>();
        services.AddScoped<AssessmentDirectory>();
        services.AddScoped<AssessmentEvidence>();
        services.AddScoped<Demo.IDemoContent, AssessmentsDemoContent>();
        return services;
    }
}
