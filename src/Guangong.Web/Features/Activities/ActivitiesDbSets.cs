using Guangong.Web.Features.Activities;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

// The Activities slice's tables, declared next to the slice.
public abstract partial class GuangongDbContext
{
    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<ActivityFile> ActivityFiles => Set<ActivityFile>();

    public DbSet<ServiceHourEntry> ServiceHourEntries => Set<ServiceHourEntry>();

    public DbSet<VolunteerYearHours> VolunteerYearHours => Set<VolunteerYearHours>();

    public DbSet<VolunteerSubtreeHours> VolunteerSubtreeHours => Set<VolunteerSubtreeHours>();

    public DbSet<UnitYearHours> UnitYearHours => Set<UnitYearHours>();

    public DbSet<ServiceCertificate> ServiceCertificates => Set<ServiceCertificate>();
}
