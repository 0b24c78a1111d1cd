using Guangong.Web.Features.Stations;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

// The Stations slice's tables, declared next to the slice.
public abstract partial class GuangongDbContext
{
    public DbSet<Station> Stations => Set<Station>();

    public DbSet<StationHonour> StationHonours => Set<StationHonour>();
}
