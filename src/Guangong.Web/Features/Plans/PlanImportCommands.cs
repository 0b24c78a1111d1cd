using System.Globalization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Plans;

/// <summary>Saves an imported plan: the plan, its sections, tasks and their owners' assignments in one transaction.</summary>
public sealed class PlanImportCommands(GuangongDbContext db)
{
    /// <summary>The field a second import of the same plan is refused on; the page answers it with a tick to save it anyway.</summary>
    public const string AgainField = "again";

    /// <summary>One transaction: the plan, its sections, tasks and assignments are all saved, or nothing is.</summary>
    /// <remarks>
    /// A second import of the same plan (the unit's plan of the year with the same title) is refused unless
    /// <paramref name="again"/> says the user means it: it would assign every task a second time. The refusal carries the
    /// plan already saved, for the page to link to.
    /// </remarks>
    public async Task<CommandResult<WorkPlan>> SaveAsync(long? planUnitId, PlanDraft draft, string? yearText, string? sourceText, bool again = false, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        var unit = planUnitId is { } unitId ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct) : null;
        if (unit is null)
        {
            errors.Add(new FieldError(string.Empty, "请先在页面顶部选择计划所属的单位。"));
        }

        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            errors.Add(new FieldError("year", "年度须为四位年份，如 2023。"));
        }

        var title = draft.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 200)
        {
            errors.Add(new FieldError("title", string.IsNullOrEmpty(title) ? "请填写计划标题。" : "标题不能超过200个字。"));
        }

        if (draft.Sections.Count == 0 || draft.Sections.All(s => s.Items.Count == 0 && string.IsNullOrWhiteSpace(s.Text)))
        {
            errors.Add(new FieldError(string.Empty, "计划中没有任何章节或条目，无法保存。"));
        }

        if (draft.Sections.SelectMany(s => s.Items).Any(i => i.Text.Length > 4000)
            || draft.Sections.Any(s => s.Heading.Length > 200 || s.Text.Length > 8000 || (s.Items.Count == 0 && s.Heading.Length + s.Text.Length > 3999)))
        {
            errors.Add(new FieldError(string.Empty, "有条目超过4000字、章节超过8000字或标题超过200字，请拆分后再保存。"));
        }

        if (draft.Issuer is { Length: > 100 })
        {
            errors.Add(new FieldError("issuer", "发文单位不能超过100个字。"));
        }

        if (draft.Roster.Any(r => r.Role.Length > 20 || r.Name.Length > 20 || r.Post.Length > 60))
        {
            errors.Add(new FieldError(string.Empty, "附件名单中有过长的职务、姓名或现任职务，请重新导入。"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<WorkPlan>.Invalid(errors);
        }

        if (!again && await db.WorkPlans.AsNoTracking().Where(p => p.UnitId == unit!.Id && p.Year == year && p.Title == title)
                .OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct) is { } same)
        {
            return new CommandResult<WorkPlan>(CommandStatus.Invalid, same, [new FieldError(AgainField,
                $"本单位已有{year}年度的同名计划，是{ChinaTime.Date(same.CreatedUtc)}保存的。再保存一次会多出一份计划，每项任务也会再分派一次。"
                + "要改动原计划，请到该计划页面修改；确需另存一份，请勾选“仍另存一份”后再保存。")]);
        }

        var (self, below) = (await OwnerTreeAsync(unit!.Id, ct))!.Value;
        var paths = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(unit.Path)).ToDictionaryAsync(u => u.Id, u => u.Path, ct);

        var plan = new WorkPlan
        {
            UnitId = unit.Id,
            UnitPath = unit.Path,
            Year = year,
            Title = title!,
            Issuer = draft.Issuer,
            IssuedOn = draft.Date,
            Preamble = draft.Preamble is { Length: > 4000 } p ? p[..4000] : draft.Preamble,
            SourceText = sourceText,
        };
        plan.Roster.AddRange(draft.Roster.Select((r, i) => new PlanRosterMember { Role = r.Role, Name = r.Name, Post = r.Post, Order = i, UnitId = unit.Id, UnitPath = unit.Path }));
        var tasks = new List<(PlanTask Task, List<long> Owners)>();
        var parentNumber = string.Empty;
        for (var si = 0; si < draft.Sections.Count; si++)
        {
            var s = draft.Sections[si];
            parentNumber = s.Level == 1 ? s.Number : parentNumber;
            // A （一） subsection's tasks carry their 一、 as well: "一（一）1" is unique in the plan, "（一）1" is not.
            var labelPrefix = s.Level == 2 && s.Number.StartsWith('（') ? parentNumber + s.Number : s.Number;
            var section = new WorkPlanSection { Number = Cut(s.Number, 10), Heading = s.Heading, Text = s.Text, Order = si, UnitId = unit.Id, UnitPath = unit.Path };
            plan.Sections.Add(section);

            // A section written as one paragraph (乌审召 一) is one task of its own; a bare heading over
            // subsections ("一、加强组织建设" before "（一）…") is not.
            var groupHeading = s.Items.Count == 0 && string.IsNullOrWhiteSpace(s.Text) && si + 1 < draft.Sections.Count && draft.Sections[si + 1].Level == 2;
            var items = s.Items.Count > 0 ? s.Items.Select((item, j) => (item.Number, item.Text, j)).ToList()
                : groupHeading ? [] : [(string.Empty, s.Heading + "。" + s.Text, 0)];
            foreach (var (number, text, j) in items)
            {
                var due = draft.Picked(si, j, "due");
                var dueDate = due.Select(d => DueDateReader.Read(d, year)).Where(d => d is not null).Min();
                var label = TaskLabel(labelPrefix, number);
                var task = new PlanTask
                {
                    Number = Cut(number, 10),
                    Label = Cut(label, 20),
                    Text = text,
                    DueText = due.Count == 0 ? null : Cut(string.Join("；", due), 100),
                    DueDate = dueDate,
                    Target = Join(draft.Picked(si, j, "target"), 300),
                    Frequency = Join(draft.Picked(si, j, "frequency"), PlanTask.FrequencyLength),
                    Program = Join(draft.Picked(si, j, "program"), 100),
                    Order = j,
                    UnitId = unit.Id,
                    UnitPath = unit.Path,
                    Plan = plan,
                };
                section.Tasks.Add(task);
                var owners = draft.Picked(si, j, "owner").SelectMany(o => OwnerMatcher.Match(o, self, below)).Select(u => u.Id).Distinct().ToList();
                tasks.Add((task, owners.Count == 0 ? [unit.Id] : owners));
            }
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.WorkPlans.Add(plan);
        await db.SaveChangesAsync(ct);

        // Assignments carry the plan's id, known only now (still inside the same transaction): added with it, each is
        // audited once as it is, not created with 计划：0 and then changed.
        foreach (var (task, owners) in tasks)
        {
            task.Assignments.AddRange(owners.Select(o => new TaskAssignment
            {
                PlanId = plan.Id,
                UnitId = o,
                UnitPath = paths[o],
                PlanTitle = plan.Title,
                Label = task.Label,
                TaskText = task.Text,
                DueDate = task.DueDate,
                Target = task.Target,
                Frequency = task.Frequency,
            }));
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return CommandResult<WorkPlan>.Ok(plan);
    }

    /// <summary>The plan unit and the active units below it, as the owners of a draft are matched against them; null without a unit.</summary>
    public async Task<(OwnerMatcher.Candidate Self, IReadOnlyList<OwnerMatcher.Candidate> Below)?> OwnerTreeAsync(long? planUnitId, CancellationToken ct = default)
    {
        var unit = planUnitId is { } id ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct) : null;
        if (unit is null)
        {
            return null;
        }

        var below = await db.Units.AsNoTracking().Where(u => u.IsActive && u.Path.StartsWith(unit.Path) && u.Id != unit.Id)
            .Select(u => new OwnerMatcher.Candidate(u.Id, u.Name, u.Kind, u.Level, u.ParentId)).ToListAsync(ct);
        return (new OwnerMatcher.Candidate(unit.Id, unit.Name, unit.Kind, unit.Level, unit.ParentId), below);
    }

    internal static string Cut(string value, int max) => value.Length <= max ? value : value[..max];

    internal static string? Join(IReadOnlyList<string> values, int max) =>
        values.Count == 0 ? null : string.Join("；", values) is var s && s.Length > max ? s[..max] : string.Join("；", values);

    /// <summary>
    /// A task's number as the document reads it: "二、3" for item 3．of section 二, "二（一）" for a
    /// bracketed item, "一（一）1" for item 1．of subsection （一）, "二、一是" for an enumeration, the
    /// section's own number for a section that is one task.
    /// </summary>
    public static string TaskLabel(string section, string item)
    {
        var number = item.Trim();
        return number.Length == 0 ? section
            : number[0] is '（' or '(' || section.EndsWith('）') ? $"{section}{number.TrimEnd('．', '.', '、')}"
            : $"{section}、{number.TrimEnd('．', '.', '、')}";
    }
}
