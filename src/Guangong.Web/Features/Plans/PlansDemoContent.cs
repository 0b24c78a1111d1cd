using Guangong.Documents.Plans;
using Guangong.Web.Features.Demo;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Plans;

/// <summary>
/// Imports the two seed plans into their towns the way an officer would: parsed, every suggestion
/// accepted, saved as tasks with owners. Then a little progress, so the plan pages show something.
/// </summary>
public sealed class PlansDemoContent(GuangongDbContext db, PlanImportCommands book) : IDemoContent
{
    public int Order => 40;

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        await ImportAsync(units["郑陆镇关工委"], "郑陆", "Seeds.zhenglu-2023-opinions.txt", ct);
        await ImportAsync(units["乌审召镇关工委"], "乌审召", "Seeds.wushenzhao-2023-plan.txt", ct);
    }

    private async Task ImportAsync(long unitId, string place, string resource, CancellationToken ct)
    {
        await using var stream = typeof(PlansDemoContent).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded seed {resource}.");
        using var reader = new StreamReader(stream);
        var text = await reader.ReadToEndAsync(ct);
        var draft = PlanDraft.From(PlanTextParser.Parse(text));
        draft.Apply("pick-all", place);

        var result = await book.SaveAsync(unitId, draft, "2023", text, ct: ct);
        var plan = result.Succeeded ? result.Value! : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));

        // A few assignments reported on during 2023, one of them finished.
        var assignments = await db.TaskAssignments.Where(a => a.PlanId == plan.Id).OrderBy(a => a.TaskId).ThenBy(a => a.UnitPath).ToListAsync(ct);
        foreach (var (a, i) in assignments.Where((_, i) => i % 3 == 0).Select((a, i) => (a, i)))
        {
            var percent = i == 0 ? 100 : 30 + (i * 20 % 60);
            db.TaskProgress.Add(new TaskProgress { AssignmentId = a.Id, TaskId = a.TaskId, UnitId = a.UnitId, UnitPath = a.UnitPath, Date = new DateOnly(2023, 6, 30), Text = percent == 100 ? "组织全镇“五老”集中学习3次，活动照片和签到表已归档。" : "已按计划部署，正在推进。", Percent = percent, AuthorName = "演示数据" });
            a.Percent = percent;
            a.HasProgress = true;
            a.LastProgressOn = new DateOnly(2023, 6, 30);
        }

        await db.SaveChangesAsync(ct);
    }
}
