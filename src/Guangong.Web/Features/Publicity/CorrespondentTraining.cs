using Guangong.Web.Features.People.Training;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Publicity;

public sealed record TrainingTally(int Sessions, decimal Hours);

/// <summary>
/// 通讯员培训 from the training records (category 信息宣传培训). Attendance is kept on the roster,
/// and a correspondent is not a roster record, so a correspondent is matched to an attendee of the
/// same name within the scope; a correspondent not on the roster shows no training.
/// </summary>
public sealed class CorrespondentTraining(GuangongDbContext db)
{
    public async Task<IReadOnlyDictionary<long, TrainingTally>> YearAsync(int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = from.AddYears(1);
        var attended = await db.TrainingAttendances.AsNoTracking()
            .Where(a => a.Session!.Kind == TrainingKinds.Publicity && a.Session.Date >= from && a.Session.Date < to)
            .Select(a => new { a.SessionId, a.Volunteer!.Name, a.Session!.Hours }).ToListAsync(ct);
        var byName = attended.GroupBy(a => a.Name).ToDictionary(g => g.Key, g => new TrainingTally(g.Select(a => a.SessionId).Distinct().Count(), g.DistinctBy(a => a.SessionId).Sum(a => a.Hours)));
        var people = await db.Correspondents.AsNoTracking().Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        return people.Where(p => byName.ContainsKey(p.Name)).ToDictionary(p => p.Id, p => byName[p.Name]);
    }

    /// <summary>How many 信息宣传培训 sessions the scope held in the year, and their hours.</summary>
    public async Task<TrainingTally> HeldAsync(int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = from.AddYears(1);
        var sessions = await db.TrainingSessions.AsNoTracking().Where(s => s.Kind == TrainingKinds.Publicity && s.Date >= from && s.Date < to).Select(s => s.Hours).ToListAsync(ct);
        return new TrainingTally(sessions.Count, sessions.Sum());
    }
}
