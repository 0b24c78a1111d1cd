using Guangong.Documents.Official;
using Guangong.Web.Features.Assessments;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Applications;

/// <summary>
/// The 申报表 as .docx, through the official-document writer: the station, the narrative, the criteria
/// table with self and review scores and evidence, and the photos the town chose (evidence photos or
/// photos of linked activities) drawn at the text width with captions.
/// Signed with the town's issuing profile when it has one. Dated by the application's last step, so
/// downloading it twice gives the same file.
/// </summary>
public sealed class ApplicationForm(GuangongDbContext db, ApplicationDirectory applications, ApplicationPhotos photoStore)
{
    public async Task<(byte[] Bytes, string FileName)?> WriteAsync(long id, CancellationToken ct = default)
    {
        if (await applications.DetailAsync(id, ct) is not { } d)
        {
            return null;
        }

        var a = d.Application;
        var station = await db.Stations.AsNoTracking().Include(s => s.Unit).SingleAsync(s => s.Id == a.StationId, ct);
        var signature = await db.IssuingProfiles.AsNoTracking().Where(p => p.UnitId == a.UnitId).Select(p => p.SignatureName).FirstOrDefaultAsync(ct);
        var photos = await photoStore.BytesAsync(a.Photos, await photoStore.CandidatesAsync(a.AssessmentId, ct), ct);
        var rows = d.Assessment.Template.Criteria.Select(c =>
        {
            var s = d.Assessment.ScoreOf(c);
            var review = a.Scores.FirstOrDefault(x => x.CriterionId == c.Id);
            return (IReadOnlyList<string>)[c.GroupName, c.Text, c.MaxPoints.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(s.SelfScore), review is null ? "" : Scoring.Text(review.Score), s.Evidence ?? ""];
        }).ToList();
        // The applicant's form is dated when it was (last) sent up, not when the level above approved or returned it.
        var sentUp = d.History.LastOrDefault(h => h.Action is "提交" or "重新提交")?.AtUtc ?? (d.History.Count == 0 ? a.CreatedUtc : d.History[^1].AtUtc);
        var document = new OfficialDocument
        {
            Title = $"{a.Year}年度“{a.Title}”校外教育辅导站申报表",
            Body =
            [
                new OfficialHeading(1, "一、基本情况"),
                new OfficialParagraph($"辅导站：{station.Name}；所在村（社区）：{Organization.UnitNames.Place(station.Unit!.Name)}；创建阶段：{Components.Shared.EnumText.Of(station.Stage)}。"),
                new OfficialParagraph($"站长：{station.Master ?? "—"}；辅导员：{station.Tutors ?? "—"}；场地：{station.Rooms ?? "—"}；开放时间：{station.OpeningHours ?? "—"}。"),
                new OfficialHeading(1, "二、主要做法和成效"),
                .. a.Narrative.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => new OfficialParagraph(p)),
                new OfficialHeading(1, $"三、{d.Assessment.Assessment.Year}年度评估（{d.Assessment.Template.Name}）"),
                new OfficialParagraph($"自评总分{Scoring.Text(d.Assessment.Assessment.SelfTotal)}分" + (a.ReviewTotal is { } r ? $"，上级审核{Scoring.Text(r)}分" : string.Empty) + $"，满分{d.Assessment.MaxTotal}分。"),
                new OfficialTable(["指标", "评分要点", "分值", "自评", "审核", "佐证材料"], rows, [3, 7, 2, 2, 2, 5]),
                new OfficialHeading(1, "四、佐证照片"),
                .. photos.Count == 0
                    ? [new OfficialParagraph("（无）")]
                    : photos.Select((p, i) => (OfficialBlock)new OfficialImage(p.Bytes, $"图{i + 1}　{System.IO.Path.GetFileNameWithoutExtension(p.FileName)}")),
            ],
            IssuerSignature = signature ?? a.Unit!.Name,
            Date = DateOnly.FromDateTime(ChinaTime.ToLocal(sentUp)),
        };
        return (OfficialDocumentWriter.ToBytes(document), $"{a.StationName}{a.Year}年{a.Title}申报表.docx");
    }

    private static string Text(decimal? score) => score is { } s ? Scoring.Text(s) : "";
}
