using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Uploads;

namespace Guangong.Web.Features.Assessments;

/// <summary>A rules document (制度、办法、标准) read into a new checklist standard, when uploaded as it is picked (<see cref="UploadedDocuments"/>).</summary>
public static class RulesDocument
{
    public static readonly UploadKind Kind = UploadedDocuments.Kind("rules-document", Policies.CanReviewPrograms);
}
