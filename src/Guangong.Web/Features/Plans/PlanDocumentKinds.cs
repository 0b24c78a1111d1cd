using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Uploads;

namespace Guangong.Web.Features.Plans;

/// <summary>What the plan pages' document readers take when a file is uploaded as it is picked (<see cref="UploadedDocuments"/>).</summary>
public static class PlanDocumentKinds
{
    /// <summary>The year's plan on 导入工作计划.</summary>
    public static readonly UploadKind Plan = UploadedDocuments.Kind("plan-document", Policies.CanEditPlans);

    /// <summary>A half-year or year-end summary read against the plan (对照总结记进展).</summary>
    public static readonly UploadKind Summary = UploadedDocuments.Kind("summary-document", Policies.CanEditPlans);
}
