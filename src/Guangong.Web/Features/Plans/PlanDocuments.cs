using Guangong.Documents.Official;
using Guangong.Documents.Plans;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Plans;

/// <summary>
/// A stored plan as official documents (GB/T 9704): the plan itself, the cover notice that issues
/// it to the units below (印发…的通知), and the year-end summary the officer has edited.
/// </summary>
public sealed class PlanDocuments(GuangongDbContext db, TimeProvider clock)
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public async Task<(byte[] Docx, string FileName)?> PlanAsync(long id, CancellationToken ct = default)
    {
        var (plan, document) = await LoadAsync(id, ct) ?? default;
        return plan is null ? null : (OfficialDocumentWriter.ToBytes(document!), $"{plan.Title}.docx");
    }

    public async Task<(byte[] Docx, string FileName)?> NoticeAsync(long id, CancellationToken ct = default)
    {
        var (plan, document) = await LoadAsync(id, ct) ?? default;
        if (plan is null)
        {
            return null;
        }

        // Sent to the committees directly below: villages, communities, schools, companies.
        var recipients = await db.Units.AsNoTracking().Where(u => u.ParentId == plan.UnitId && u.IsActive
                && (u.Kind == Organization.UnitKind.Committee || u.Kind == Organization.UnitKind.School || u.Kind == Organization.UnitKind.Enterprise))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name).Select(u => u.Name).ToListAsync(ct);
        var issuer = plan.Issuer ?? (await db.Units.AsNoTracking().SingleAsync(u => u.Id == plan.UnitId, ct)).Name;
        var notice = CoverNotice.Issue(document!, issuer, recipients.Count > 0 ? ["各村（社区）、学校关工委"] : [], plan.IssuedOn ?? ChinaTime.Today(clock));
        return (OfficialDocumentWriter.ToBytes(notice), $"{CoverNotice.TitleFor(issuer, plan.Title)}.docx");
    }

    /// <summary>The summary text as edited: lines "一、…" become level-1 headings, "（一）…" level 2, the rest paragraphs.</summary>
    public async Task<(byte[] Docx, string FileName)?> SummaryAsync(long id, string title, string text, CancellationToken ct = default)
    {
        var plan = await db.FindInScopeAsync<WorkPlan>(id, ct);
        if (plan is null)
        {
            return null;
        }

        var issuer = plan.Issuer ?? (await db.Units.AsNoTracking().SingleAsync(u => u.Id == plan.UnitId, ct)).Name;
        var blocks = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(OfficialBlock (l) => System.Text.RegularExpressions.Regex.IsMatch(l, @"^[一二三四五六七八九十]+、") && l.Length <= 40 ? new OfficialHeading(1, l)
                : System.Text.RegularExpressions.Regex.IsMatch(l, @"^（[一二三四五六七八九十]+）") && l.Length <= 40 ? new OfficialHeading(2, l)
                : new OfficialParagraph(l))
            .ToList();
        var document = new OfficialDocument
        {
            Title = title,
            Body = blocks,
            IssuerSignature = issuer,
            Date = ChinaTime.Today(clock),
        };
        return (OfficialDocumentWriter.ToBytes(document), $"{title}.docx");
    }

    private async Task<(WorkPlan? Plan, OfficialDocument? Document)?> LoadAsync(long id, CancellationToken ct)
    {
        var plan = await db.FindInScopeAsync<WorkPlan>(id, ct);
        if (plan is null)
        {
            return null;
        }

        var sections = await db.WorkPlanSections.AsNoTracking().Where(s => s.PlanId == id).OrderBy(s => s.Order).ToListAsync(ct);
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == id).OrderBy(t => t.Order).ToListAsync(ct);
        var roster = await db.PlanRosterMembers.AsNoTracking().Where(r => r.PlanId == id).OrderBy(r => r.Order).ToListAsync(ct);
        var parsed = new PlanDocument(plan.Title, plan.Issuer, plan.IssuedOn, plan.Preamble,
            sections.Select(s => new PlanSection(s.Number, s.Heading, s.Text ?? string.Empty,
                tasks.Where(t => t.SectionId == s.Id && t.Number.Length > 0).Select(t => new PlanItem(t.Number, t.Text, [], [], [], [])).ToList())).ToList(),
            roster.Select(r => new RosterMember(r.Role, r.Name, r.Post ?? string.Empty)).ToList(),
            []);
        var rosterTitle = roster.Count > 0 ? $"{(await db.Units.AsNoTracking().SingleAsync(u => u.Id == plan.UnitId, ct)).Name}组成成员" : null;
        return (plan, PlanDocumentLayout.ToOfficialDocument(parsed, rosterTitle));
    }
}
