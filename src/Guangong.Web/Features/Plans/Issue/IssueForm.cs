using Guangong.Web.Features.Documents;
using Guangong.Web.Features.Documents.Issue;

namespace Guangong.Web.Features.Plans.Issue;

/// <summary>What the issue page shows: the plan, the unit's profile, the next number and the defaults.</summary>
public sealed record IssueForm(
    WorkPlan Plan,
    string UnitName,
    DocumentKind Kind,
    IssuingProfile? Profile,
    int NextSequence,
    int NextYear,
    IssueInput Defaults,
    IReadOnlyList<RegisterRow> Issued,
    IReadOnlyList<string> IssuedForPlan,
    string? NotIssuer = null)
{
    public string? NextNumber => Profile is null ? null : IssuingRules.Format(Profile.NumberPattern, NextYear, NextSequence);

    public string KindText => Kind == DocumentKind.Summary ? "年度工作总结" : "印发计划的通知";
}
