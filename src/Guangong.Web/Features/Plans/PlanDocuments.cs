using Guangong.Documents.Official;
using Guangong.Documents.Plans;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Plans;

/// <summary>
/// A stored plan as official documents (GB/T 9704): the plan itself and the cover notice that issues
/// it (印发…的通知). Nothing here takes the download date: a plan carries its own date, and a notice
/// is dated by the officer when it is issued (Features/Documents).
/// </summary>
public sealed class PlanDocuments(GuangongDbContext db, Documents.DocumentRegister register)
{
    public async Task<(byte[] Docx, string FileName)?> PlanAsync(long id, CancellationToken ct = default)
    {
        var loaded = await LoadAsync(id, ct);
        return loaded is { } l ? (OfficialDocumentWriter.ToBytes(l.Document), $"{l.Plan.Title}.docx") : null;
    }

    /// <summary>The notice as a draft: the plan's own date when it has one, no number, no head, signed as it will be issued.</summary>
    public async Task<(byte[] Docx, string FileName)?> NoticeAsync(long id, CancellationToken ct = default)
    {
        var loaded = await LoadAsync(id, ct);
        if (loaded is not { } l)
        {
            return null;
        }
        // Signed as the issued notice will be (the issuing profile's 发文机关署名), so the draft read before issuing is that notice.
        var signer = (await register.ProfileAsync(l.Plan.UnitId, ct))?.SignatureName ?? l.UnitName;
        var notice = Notice(l.Plan, l.Document, signer, l.Plan.IssuedOn);
        return (OfficialDocumentWriter.ToBytes(notice), $"{notice.Title}（草稿）.docx");
    }

    /// <summary>
    /// The cover notice of the plan, signed and dated as given. An imported plan that came with its own
    /// notice keeps that notice's recipients and words (and its title when its issuer signs); otherwise
    /// the usual one-sentence notice.
    /// </summary>
    public static OfficialDocument Notice(WorkPlan plan, OfficialDocument planDocument, string signer, DateOnly? date)
    {
        var original = OriginalNotice.Read(plan.SourceText);
        var notice = CoverNotice.Issue(planDocument, signer, original?.Recipients ?? ["各村（社区）、学校关工委"], date);
        if (original is null)
        {
            return notice;
        }
        // The office's own words; its title names its own issuer, so it stays only when that issuer signs.
        return notice with
        {
            Title = original.Signer == signer.Trim() ? original.Title : notice.Title,
            Body = original.Body.Select(OfficialBlock (p) => new OfficialParagraph(p)).ToList(),
        };
    }

    /// <summary>The plan's parsed tree as an official document, its unit's name beside it.</summary>
    public async Task<(WorkPlan Plan, OfficialDocument Document, string UnitName)?> LoadAsync(long id, CancellationToken ct = default)
    {
        var plan = await db.FindInScopeAsync<WorkPlan>(id, ct);
        if (plan is null)
        {
            return null;
        }

        var sections = await db.WorkPlanSections.AsNoTracking().Where(s => s.PlanId == id).OrderBy(s => s.Order).ToListAsync(ct);
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == id).OrderBy(t => t.Order).ToListAsync(ct);
        var roster = await db.PlanRosterMembers.AsNoTracking().Where(r => r.PlanId == id).OrderBy(r => r.Order).ToListAsync(ct);
        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == plan.UnitId).Select(u => u.Name).SingleAsync(ct);
        var parsed = new PlanDocument(plan.Title, plan.Issuer, plan.IssuedOn, plan.Preamble,
            sections.Select(s => new PlanSection(s.Number, s.Heading, s.Text ?? string.Empty,
                tasks.Where(t => t.SectionId == s.Id && t.Number.Length > 0).Select(t => new PlanItem(t.Number, t.Text, [], [], [], [])).ToList())).ToList(),
            roster.Select(r => new RosterMember(r.Role, r.Name, r.Post ?? string.Empty)).ToList(),
            []);
        var rosterTitle = roster.Count > 0 ? $"{unitName}组成成员" : null;
        return (plan, PlanDocumentLayout.ToOfficialDocument(parsed, rosterTitle, plan.SourceText), unitName);
    }
}
