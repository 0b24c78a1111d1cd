using Guangong.Web.Features.Safety.Cafes;
using Guangong.Web.Features.Safety.CareCases;
using Guangong.Web.Features.Safety.Photos;
using Guangong.Web.Features.Safety.Water;
using Guangong.Web.Features.Safety.ZeroCrime;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

// The Safety slice's tables (法治教育, 零犯罪, 网吧监督, 防溺水, 关爱站), declared next to the slice.
public abstract partial class GuangongDbContext
{
    public DbSet<CareCase> CareCases => Set<CareCase>();

    public DbSet<CareVisit> CareVisits => Set<CareVisit>();

    public DbSet<InternetCafe> InternetCafes => Set<InternetCafe>();

    public DbSet<CafeSupervisor> CafeSupervisors => Set<CafeSupervisor>();

    public DbSet<CafeInspection> CafeInspections => Set<CafeInspection>();

    public DbSet<WaterBody> WaterBodies => Set<WaterBody>();

    public DbSet<PatrolRotaLine> PatrolRotaLines => Set<PatrolRotaLine>();

    public DbSet<Patrol> Patrols => Set<Patrol>();

    public DbSet<PatrolStop> PatrolStops => Set<PatrolStop>();

    public DbSet<DrowningIncident> DrowningIncidents => Set<DrowningIncident>();

    public DbSet<ZeroCrimeStatus> ZeroCrimeStatuses => Set<ZeroCrimeStatus>();

    public DbSet<SafetyPhoto> SafetyPhotos => Set<SafetyPhoto>();
}
