using System.Globalization;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Committees;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Plans;

/// <summary>Commands on plans: save an imported plan as tasks with owners, report progress, mark a task 不适用, apply the appendix roster.</summary>
public sealed class PlanBook(GuangongDbContext db, EvidenceFiles files, AppendixRoster roster, CurrentUser me, TimeProvider clock)
{
    /// <summary>One transaction: the plan, its sections, tasks and assignments are all saved, or nothing is.</summary>
    public async Task<CommandResult<WorkPlan>> SaveAsync(long? planUnitId, PlanDraft draft, string? yearText, string? sourceText, CancellationToken ct = default)
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

        var below = await db.Units.AsNoTracking().Where(u => u.IsActive && u.Path.StartsWith(unit!.Path) && u.Id != unit.Id)
            .Select(u => new OwnerMatcher.Candidate(u.Id, u.Name, u.Kind, u.Level, u.ParentId)).ToListAsync(ct);
        var self = new OwnerMatcher.Candidate(unit!.Id, unit.Name, unit.Kind, unit.Level, unit.ParentId);
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
        for (var si = 0; si < draft.Sections.Count; si++)
        {
            var s = draft.Sections[si];
            var section = new WorkPlanSection { Number = Cut(s.Number, 10), Heading = s.Heading, Text = s.Text, Order = si, UnitId = unit.Id, UnitPath = unit.Path };
            plan.Sections.Add(section);

            // A section written as one paragraph (乌审召 一) is one task of its own.
            var items = s.Items.Count > 0 ? s.Items.Select((item, j) => (item.Number, item.Text, j)).ToList() : [(string.Empty, s.Heading + "。" + s.Text, 0)];
            foreach (var (number, text, j) in items)
            {
                var due = draft.Picked(si, j, "due");
                var dueDate = due.Select(d => DueDateReader.Read(d, year)).Where(d => d is not null).Min();
                var label = number.Length == 0 ? s.Number : $"{s.Number}.{number.Trim('（', '）', '是')}";
                var task = new PlanTask
                {
                    Number = Cut(number, 10),
                    Label = Cut(label, 20),
                    Text = text,
                    DueText = due.Count == 0 ? null : Cut(string.Join("；", due), 100),
                    DueDate = dueDate,
                    Target = Join(draft.Picked(si, j, "target"), 300),
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

        foreach (var (task, owners) in tasks)
        {
            task.Assignments.AddRange(owners.Select(o => new TaskAssignment
            {
                UnitId = o,
                UnitPath = paths[o],
                PlanTitle = plan.Title,
                Label = task.Label,
                TaskText = task.Text,
                DueDate = task.DueDate,
                Target = task.Target,
            }));
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.WorkPlans.Add(plan);
        await db.SaveChangesAsync(ct);

        // Assignments need the plan's id, known only now; still inside the same transaction.
        foreach (var a in tasks.SelectMany(t => t.Task.Assignments))
        {
            a.PlanId = plan.Id;
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return CommandResult<WorkPlan>.Ok(plan);
    }

    public async Task<CommandResult<TaskProgress>> AddProgressAsync(long assignmentId, string? dateText, string? text, string? percentText, IReadOnlyList<EvidenceFiles.Upload> uploads, CancellationToken ct = default)
    {
        var assignment = await db.TaskAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId, ct);
        if (assignment is null)
        {
            return CommandResult<TaskProgress>.NotFound();
        }

        var errors = new List<FieldError>();
        var today = ChinaTime.Today(clock);
        var date = DateField.Read(dateText, DateKind.Event, today, "Date", errors, "请填写日期，格式如 2023-06-30。");
        if (date > today)
        {
            errors.Add(new FieldError("Date", "日期不能晚于今天。"));
        }

        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > 2000)
        {
            errors.Add(new FieldError("Text", string.IsNullOrWhiteSpace(text) ? "请写明做了什么。" : "进展说明不能超过2000个字。"));
        }

        if (!int.TryParse(percentText?.Trim().TrimEnd('%', '％'), NumberStyles.None, CultureInfo.InvariantCulture, out var percent) || percent > 100)
        {
            errors.Add(new FieldError("Percent", "完成比例须为0到100之间的整数。"));
        }

        var progress = new TaskProgress
        {
            AssignmentId = assignment.Id,
            TaskId = assignment.TaskId,
            UnitId = assignment.UnitId,
            UnitPath = assignment.UnitPath,
            Date = date ?? today,
            Text = text?.Trim() ?? string.Empty,
            Percent = percent,
            AuthorName = me.DisplayName.Length > 0 ? me.DisplayName : me.UserName,
        };
        List<EvidenceFiles.Stored> stored = [];
        if (errors.Count == 0)
        {
            (stored, var refused) = await files.StoreAllAsync(uploads, ct);
            errors.AddRange(refused.Select(e => new FieldError("Files", e)));
            progress.Files.AddRange(stored.Select(f => new ProgressFile { FileName = f.FileName, ContentType = f.ContentType, SizeBytes = f.SizeBytes, StorageKey = f.Key, UnitId = assignment.UnitId, UnitPath = assignment.UnitPath }));
        }

        if (errors.Count > 0)
        {
            files.DeleteAll(stored);
            db.ChangeTracker.Clear();
            return CommandResult<TaskProgress>.Invalid(errors);
        }

        db.TaskProgress.Add(progress);
        assignment.HasProgress = true;

        // A report dated before the latest one is kept as history but does not roll the figures back.
        if (progress.Date >= (assignment.LastProgressOn ?? DateOnly.MinValue))
        {
            assignment.Percent = percent;
            assignment.LastProgressOn = progress.Date;
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<TaskProgress>.Ok(progress);
        }
        catch (DbUpdateConcurrencyException)
        {
            files.DeleteAll(stored);
            db.ChangeTracker.Clear();
            return CommandResult<TaskProgress>.Invalid(string.Empty, "同时有人报告了这项任务的进展，请刷新页面后重新提交。");
        }
        catch
        {
            files.DeleteAll(stored);
            throw;
        }
    }

    /// <summary>
    /// Removes a plan imported by mistake, with its tasks; refused once anyone has reported progress or
    /// linked an activity to it, because then it is the record of work done.
    /// </summary>
    public async Task<CommandResult<WorkPlan>> DeleteAsync(long planId, CancellationToken ct = default)
    {
        var plan = await db.WorkPlans.Include(p => p.Sections).Include(p => p.Roster).SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return CommandResult<WorkPlan>.NotFound();
        }

        var taskIds = await db.PlanTasks.Where(t => t.PlanId == planId).Select(t => t.Id).ToListAsync(ct);
        bool referenced;
        using (db.Scope.ReadOutside(OutsideReasons.StillReferenced))
        {
            referenced = await db.TaskProgress.AnyAsync(p => taskIds.Contains(p.TaskId), ct)
                || await db.Activities.AnyAsync(a => a.PlanTaskId != null && taskIds.Contains(a.PlanTaskId.Value), ct);
        }

        if (referenced)
        {
            return CommandResult<WorkPlan>.Invalid(string.Empty, "这份计划已有进展记录或关联的活动，不能删除。");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.TaskAssignments.RemoveRange(await db.TaskAssignments.Where(a => a.PlanId == planId).ToListAsync(ct));
        db.PlanTasks.RemoveRange(await db.PlanTasks.Where(t => t.PlanId == planId).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        db.WorkPlans.Remove(plan);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return CommandResult<WorkPlan>.Ok(plan);
    }

    /// <summary>Corrects a task's words, due date or target; the copies its owners hold change in the same save.</summary>
    public async Task<CommandResult<PlanTask>> UpdateTaskAsync(long taskId, long version, string? text, string? dueText, string? target, CancellationToken ct = default)
    {
        var task = await db.PlanTasks.Include(t => t.Assignments).SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return CommandResult<PlanTask>.NotFound();
        }

        if (task.Version != version)
        {
            return CommandResult<PlanTask>.Conflict(task);
        }

        var errors = new List<FieldError>();
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 4000)
        {
            errors.Add(new FieldError("Text", string.IsNullOrEmpty(text) ? "请填写任务内容。" : "任务内容不能超过4000个字。"));
        }

        DateOnly? due = null;
        if (!string.IsNullOrWhiteSpace(dueText))
        {
            due = DateField.Read(dueText, DateKind.Deadline, ChinaTime.Today(clock), "DueDate", errors);
        }

        target = string.IsNullOrWhiteSpace(target) ? null : target.Trim();
        if (target is { Length: > 300 })
        {
            errors.Add(new FieldError("Target", "目标不能超过300个字。"));
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<PlanTask>.Invalid(errors);
        }

        task.Text = text!;
        task.DueDate = due;
        task.Target = target;
        foreach (var a in task.Assignments)
        {
            a.TaskText = task.Text;
            a.DueDate = due;
            a.Target = target;
        }

        return await db.SaveOrConflictAsync(task, taskId, ct);
    }

    /// <summary>
    /// Gives a task to other owner units: new owners get an assignment, dropped owners lose theirs
    /// unless they have already reported on it (their report is the record of work done).
    /// </summary>
    public async Task<CommandResult<PlanTask>> SetOwnersAsync(long taskId, long version, IReadOnlyCollection<long> unitIds, CancellationToken ct = default)
    {
        var task = await db.PlanTasks.Include(t => t.Assignments).SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return CommandResult<PlanTask>.NotFound();
        }

        if (task.Version != version)
        {
            return CommandResult<PlanTask>.Conflict(task);
        }

        var plan = await db.WorkPlans.AsNoTracking().SingleAsync(p => p.Id == task.PlanId, ct);
        var wanted = unitIds.Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => wanted.Contains(u.Id) && u.IsActive && u.Path.StartsWith(plan.UnitPath)).ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        if (wanted.Count == 0 || units.Count != wanted.Count)
        {
            db.ChangeTracker.Clear();
            return CommandResult<PlanTask>.Invalid("Owners", wanted.Count == 0 ? "请至少选择一个责任单位。" : "责任单位须是本计划单位或其下级单位。");
        }

        foreach (var dropped in task.Assignments.Where(a => !wanted.Contains(a.UnitId)).ToList())
        {
            if (dropped.HasProgress)
            {
                db.ChangeTracker.Clear();
                return CommandResult<PlanTask>.Invalid("Owners", "已报告过进展的责任单位不能移除。");
            }

            db.TaskAssignments.Remove(dropped);
        }

        foreach (var unitId in wanted.Where(id => task.Assignments.All(a => a.UnitId != id)))
        {
            db.TaskAssignments.Add(new TaskAssignment
            {
                TaskId = task.Id,
                PlanId = task.PlanId,
                UnitId = unitId,
                UnitPath = units[unitId],
                PlanTitle = plan.Title,
                Label = task.Label,
                TaskText = task.Text,
                DueDate = task.DueDate,
                Target = task.Target,
                NotApplicable = task.NotApplicable,
            });
        }

        db.Entry(task).Property(t => t.Version).IsModified = true;
        return await db.SaveOrConflictAsync(task, taskId, ct);
    }

    /// <summary>不适用 for the whole task, on every owner's assignment.</summary>
    public async Task<CommandResult<PlanTask>> SetNotApplicableAsync(long taskId, long version, bool notApplicable, CancellationToken ct = default)
    {
        var task = await db.PlanTasks.Include(t => t.Assignments).SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return CommandResult<PlanTask>.NotFound();
        }

        if (task.Version != version)
        {
            return CommandResult<PlanTask>.Conflict(task);
        }

        task.NotApplicable = notApplicable;
        task.Assignments.ForEach(a => a.NotApplicable = notApplicable);
        return await db.SaveOrConflictAsync(task, taskId, ct);
    }

    /// <summary>Adds the appendix's members as seats of the plan unit's leadership team (skipping anyone already seated in that role).</summary>
    public async Task<CommandResult<int>> ApplyRosterAsync(long planId, CancellationToken ct = default)
    {
        var plan = await db.WorkPlans.Include(p => p.Roster).SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return CommandResult<int>.NotFound();
        }

        return await roster.ApplyAsync(plan.UnitId, plan.Roster.Select(r => new AppendixMember(r.Order, r.Role, r.Name, r.Post)), plan.IssuedOn, ct);
    }

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];

    private static string? Join(IReadOnlyList<string> values, int max) =>
        values.Count == 0 ? null : string.Join("；", values) is var s && s.Length > max ? s[..max] : string.Join("；", values);
}
