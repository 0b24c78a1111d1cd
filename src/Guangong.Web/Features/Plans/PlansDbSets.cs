using Guangong.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

// The Plans slice's tables, declared next to the slice.
public abstract partial class GuangongDbContext
{
    public DbSet<WorkPlan> WorkPlans => Set<WorkPlan>();

    public DbSet<WorkPlanSection> WorkPlanSections => Set<WorkPlanSection>();

    public DbSet<PlanRosterMember> PlanRosterMembers => Set<PlanRosterMember>();

    public DbSet<PlanTask> PlanTasks => Set<PlanTask>();

    public DbSet<TaskAssignment> TaskAssignments => Set<TaskAssignment>();

    public DbSet<TaskProgress> TaskProgress => Set<TaskProgress>();

    public DbSet<DocumentDraft> DocumentDrafts => Set<DocumentDraft>();

    public DbSet<ProgressFile> ProgressFiles => Set<ProgressFile>();
}
