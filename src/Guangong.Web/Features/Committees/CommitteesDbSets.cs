using Guangong.Web.Features.Committees;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

// The Committees slice's tables, declared next to the slice.
public abstract partial class GuangongDbContext
{
    public DbSet<LeadershipPosition> LeadershipPositions => Set<LeadershipPosition>();

    public DbSet<LeadershipRule> LeadershipRules => Set<LeadershipRule>();

    public DbSet<MemberUnit> MemberUnits => Set<MemberUnit>();

    public DbSet<CommitteeChecklist> CommitteeChecklists => Set<CommitteeChecklist>();

    public DbSet<Correspondent> Correspondents => Set<Correspondent>();
}
