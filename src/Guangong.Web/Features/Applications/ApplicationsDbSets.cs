using Guangong.Web.Features.Applications;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

// The Applications slice's tables, declared next to the slice.
public abstract partial class GuangongDbContext
{
    public DbSet<StationApplication> StationApplications => Set<StationApplication>();

    public DbSet<ApplicationScore> ApplicationScores => Set<ApplicationScore>();

    public DbSet<ApplicationEvent> ApplicationEvents => Set<ApplicationEvent>();
}
