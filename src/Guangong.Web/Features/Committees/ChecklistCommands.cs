using Guangong.Web.Features.Dictionaries;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Committees;

/// <summary>The yearly 四纳入/四统一 checklist of a committee.</summary>
public sealed class ChecklistCommands(GuangongDbContext db, CodeLists codeLists)
{
    public async Task<CommandResult<CommitteeChecklist>> SaveChecklistAsync(long committeeId, int year, IReadOnlyCollection<string> achieved, string? note, long version, CancellationToken ct = default)
    {
        var committee = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == committeeId, ct);
        if (committee is null)
        {
            return CommandResult<CommitteeChecklist>.NotFound();
        }

        var allowed = (await codeLists.EnabledValuesAsync("四纳入", ct)).Concat(await codeLists.EnabledValuesAsync("四统一", ct)).ToHashSet();
        if (achieved.Any(a => !allowed.Contains(a)) || year is < 2000 or > 2100)
        {
            return CommandResult<CommitteeChecklist>.Invalid(string.Empty, "提交的项目不在清单中，请刷新页面后重试。");
        }

        if (note is { Length: > 1000 })
        {
            return CommandResult<CommitteeChecklist>.Invalid("Note", "说明不能超过1000个字。");
        }

        var checklist = await db.CommitteeChecklists.SingleOrDefaultAsync(c => c.UnitId == committeeId && c.Year == year, ct);
        if (checklist is null)
        {
            checklist = new CommitteeChecklist { UnitId = committee.Id, UnitPath = committee.Path, Year = year };
            db.CommitteeChecklists.Add(checklist);
        }
        else if (checklist.Version != version)
        {
            return CommandResult<CommitteeChecklist>.Conflict(checklist);
        }

        checklist.Achieved = achieved.Count == 0 ? null : string.Join("、", achieved);
        checklist.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<CommitteeChecklist>.Ok(checklist);
        }
        catch (DbUpdateException)
        {
            // A concurrent edit, or two first saves of the same year (the unique index): show what is saved now.
            db.ChangeTracker.Clear();
            return CommandResult<CommitteeChecklist>.Conflict(await db.CommitteeChecklists.AsNoTracking().SingleAsync(c => c.UnitId == committeeId && c.Year == year, ct));
        }
    }
}
