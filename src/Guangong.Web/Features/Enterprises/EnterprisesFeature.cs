namespace Guangong.Web.Features.Enterprises;

public static class EnterprisesFeature
{
    public static IServiceCollection AddEnterprisesFeature(this IServiceCollection services)
    {
        services.AddScoped<EnterpriseCommittees>();
        services.AddScoped<EmployeeCareAccess>();
        services.AddScoped<EmployeeCareRecords>();
        services.AddScoped<Assessments.IAssessmentSubjects, EnterpriseSubjects>();
        services.AddScoped<Demo.IDemoContent, EnterprisesDemoContent>();
        return services;
    }
}
