using Guangong.Web.Features.People;
using Guangong.Web.Features.People.Training;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

// The People slice's tables, declared next to the slice so features do not collide in one file.
public abstract partial class GuangongDbContext
{
    public DbSet<Volunteer> Volunteers => Set<Volunteer>();

    public DbSet<VolunteerStatusChange> VolunteerStatusChanges => Set<VolunteerStatusChange>();

    public DbSet<VolunteerVisit> VolunteerVisits => Set<VolunteerVisit>();

    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();

    public DbSet<TrainingAttendance> TrainingAttendances => Set<TrainingAttendance>();
}
