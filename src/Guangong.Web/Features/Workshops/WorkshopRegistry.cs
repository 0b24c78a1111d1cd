using System.Globalization;
using Guangong.Web.Features.Assessments;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Workshops;

public sealed class WorkshopInput
{
    public string? Name { get; set; }

    public string? VolunteerId { get; set; }

    public string? Speciality { get; set; }
}

/// <summary>Registers workshops and reads them with their activities and this year's assessment.</summary>
public sealed class WorkshopRegistry(GuangongDbContext db, Organization.UnitTreeOrder treeOrder, Organization.TownNamedUnits townNames, AssessmentDirectory assessments, TimeProvider clock)
{
    public int Year => ChinaTime.Today(clock).Year;

    public async Task<CommandResult<Workshop>> AddAsync(WorkshopInput input, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 60)
        {
            errors.Add(new FieldError(nameof(input.Name), name.Length == 0 ? "请填写工作室名称。" : "名称不能超过60个字。"));
        }

        var volunteer = long.TryParse(input.VolunteerId, NumberStyles.None, CultureInfo.InvariantCulture, out var vid)
            ? await db.Volunteers.AsNoTracking().SingleOrDefaultAsync(v => v.Id == vid, ct)
            : null;
        if (volunteer is null)
        {
            errors.Add(new FieldError(nameof(input.VolunteerId), "请从五老名册中选择领衔的五老。"));
        }

        var speciality = input.Speciality?.Trim() ?? string.Empty;
        if (speciality.Length is 0 or > 100)
        {
            errors.Add(new FieldError(nameof(input.Speciality), speciality.Length == 0 ? "请填写特色专长。" : "特色专长不能超过100个字。"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<Workshop>.Invalid(errors);
        }

        // The workshop belongs to its volunteer's unit, which scores it.
        var workshop = new Workshop { Name = name, VolunteerId = volunteer!.Id, UnitId = volunteer.UnitId, Speciality = speciality };
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync(ct);
        return CommandResult<Workshop>.Ok(workshop);
    }

    public async Task<IReadOnlyList<WorkshopRow>> ListAsync(CancellationToken ct = default)
    {
        var workshops = await treeOrder.SortAsync(await db.Workshops.AsNoTracking().OrderBy(w => w.Name)
            .Select(w => new { w.Id, w.Name, w.Speciality, Volunteer = w.Volunteer!.Name, w.VolunteerId, w.UnitPath, Unit = w.Unit!.Name }).ToListAsync(ct), w => w.UnitPath, ct);
        var ids = workshops.Select(w => w.VolunteerId).ToList();
        var served = await db.ServiceHourEntries.AsNoTracking().Where(e => ids.Contains(e.VolunteerId) && e.Date.Year == Year)
            .GroupBy(e => e.VolunteerId).Select(g => new { Id = g.Key, Count = g.Select(e => e.ActivityId).Distinct().Count() }).ToListAsync(ct);
        var assessed = await assessments.ThisYearAsync(ProgramKind.Workshop, Year, ct);
        var named = await townNames.ForAsync(workshops.Select(w => w.UnitPath), ct);
        return workshops.Select(w => new WorkshopRow(w.Id, w.Name, w.Volunteer, w.Speciality, named(w.UnitPath, w.Unit),
            served.FirstOrDefault(s => s.Id == w.VolunteerId)?.Count ?? 0,
            assessed.TryGetValue(w.Id, out var a) ? a.Id : null, assessed.TryGetValue(w.Id, out var b) ? b.Level ?? "未达合格" : null)).ToList();
    }
}

public sealed record WorkshopRow(long Id, string Name, string Volunteer, string Speciality, string Unit, int ActivitiesThisYear, long? AssessmentId, string? Level);

/// <summary>Tells the assessment engine about workshops.</summary>
public sealed class WorkshopSubjects(GuangongDbContext db) : IAssessmentSubjects
{
    public ProgramKind Program => ProgramKind.Workshop;

    public async Task<AssessmentSubject?> FindAsync(long subjectId, CancellationToken ct) =>
        await db.Workshops.AsNoTracking().Where(w => w.Id == subjectId).Select(w => new AssessmentSubject(w.Id, w.Name, w.UnitId)).SingleOrDefaultAsync(ct);
}
