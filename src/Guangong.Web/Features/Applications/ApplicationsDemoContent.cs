using Guangong.Web.Features.Assessments;
using Guangong.Web.Features.Demo;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Applications;

/// <summary>郑陆 applies for 市优 for its 区优 焦溪 station on last year's reviewed assessment; 天宁区 has it in review.</summary>
public sealed class ApplicationsDemoContent(GuangongDbContext db, EvidenceFiles files, TimeProvider clock) : IDemoContent
{
    public int Order => 50;

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        var town = units["郑陆镇关工委"];
        var station = await db.Stations.SingleAsync(s => s.Name == "焦溪村校外教育辅导站", ct);
        var assessment = await db.Assessments.Where(a => a.Program == ProgramKind.Station && a.SubjectId == station.Id && a.Status == AssessmentStatus.Reviewed)
            .OrderByDescending(a => a.Year).FirstAsync(ct);
        var application = new StationApplication
        {
            UnitId = town,
            StationId = station.Id,
            StationName = station.Name,
            AssessmentId = assessment.Id,
            Year = assessment.Year,
            Title = "市优",
            Status = ApplicationStatus.Submitted,
            Narrative = "焦溪村校外教育辅导站与村新时代文明实践站共建共享，依托焦溪小学和郑陆派出所关爱工作站，\n" +
                "常年开展“五个一”读书分享、“爷爷奶奶一堂课”和暑期防溺水教育，五老辅导员队伍稳定，活动有计划、有记录、有照片。\n" +
                "创成区优以来抓巩固提高，补齐图书设备短板，申报市优秀校外教育辅导站。",
        };
        db.StationApplications.Add(application);
        await db.SaveChangesAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;

        // Two photos the town uploaded as evidence (a landscape and a portrait one) and chose for the 申报表.
        var criteria = await db.AssessmentScores.Where(x => x.AssessmentId == assessment.Id).OrderBy(x => x.CriterionId).Select(x => x.CriterionId).ToListAsync(ct);
        var photos = new List<AssessmentFile>();
        foreach (var (name, w, h, criterion) in new[] { ("辅导站活动室.png", 1200, 800, criteria[1]), ("五老辅导作业.png", 720, 960, criteria[^1]) })
        {
            var bytes = DemoPhoto.Png(w, h, photos.Count);
            var (photo, _) = await files.SaveAsync(bytes, Infrastructure.Files.FileSignature.Png, name, ct);
            photos.Add(new AssessmentFile
            {
                AssessmentId = assessment.Id, CriterionId = criterion, UnitId = assessment.UnitId, UnitPath = assessment.UnitPath, FileName = name,
                ContentType = Infrastructure.Files.FileSignature.Png, SizeBytes = bytes.Length, StorageKey = photo!.Key, HasThumbnail = photo.HasThumbnail, UploadedBy = "zhenglu", CreatedUtc = now.AddDays(-12),
            });
        }

        db.AssessmentFiles.AddRange(photos);
        await db.SaveChangesAsync(ct);
        application.Photos = string.Join(",", photos.Select(p => $"e{p.Id}"));
        db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = application.Id, UnitId = town, AtUtc = now.AddDays(-10), Actor = "郑陆镇关工委干事", Action = "创建" });
        db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = application.Id, UnitId = town, AtUtc = now.AddDays(-7), Actor = "郑陆镇关工委干事", Action = "提交" });
        await db.SaveChangesAsync(ct);
    }
}
