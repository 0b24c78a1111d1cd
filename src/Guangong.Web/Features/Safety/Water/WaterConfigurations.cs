using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Safety.Water;

public sealed class WaterBodyConfiguration : IEntityTypeConfiguration<WaterBody>
{
    public void Configure(EntityTypeBuilder<WaterBody> builder)
    {
        builder.ToTable("WaterBodies");
        builder.Property(w => w.Name).HasMaxLength(60).IsRequired();
        builder.Property(w => w.Equipment).HasMaxLength(100);
        builder.Property(w => w.ResponsiblePerson).HasMaxLength(20);
        builder.Property(w => w.ResponsiblePhone).HasMaxLength(20);
        builder.Property(w => w.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(w => w.UnitPath);
        builder.HasOne(w => w.Unit).WithMany().HasForeignKey(w => w.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PatrolRotaLineConfiguration : IEntityTypeConfiguration<PatrolRotaLine>
{
    public void Configure(EntityTypeBuilder<PatrolRotaLine> builder)
    {
        builder.ToTable("PatrolRotaLines");
        builder.Property(r => r.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(r => new { r.UnitPath, r.FromDate });
        builder.HasOne(r => r.WaterBody).WithMany().HasForeignKey(r => r.WaterBodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Volunteer).WithMany().HasForeignKey(r => r.VolunteerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PatrolConfiguration : IEntityTypeConfiguration<Patrol>
{
    public void Configure(EntityTypeBuilder<Patrol> builder)
    {
        builder.ToTable("Patrols");
        builder.Property(p => p.Hazards).HasMaxLength(500);
        builder.Property(p => p.EnteredByName).HasMaxLength(50).IsRequired();
        builder.Property(p => p.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(p => new { p.UnitPath, p.StartUtc });
        builder.HasOne(p => p.Volunteer).WithMany().HasForeignKey(p => p.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Stops).WithOne().HasForeignKey(s => s.PatrolId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PatrolStopConfiguration : IEntityTypeConfiguration<PatrolStop>
{
    public void Configure(EntityTypeBuilder<PatrolStop> builder)
    {
        builder.ToTable("PatrolStops");
        builder.Property(s => s.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(s => s.UnitPath);
        builder.HasIndex(s => new { s.WaterBodyId, s.PatrolId });
        builder.HasOne(s => s.WaterBody).WithMany().HasForeignKey(s => s.WaterBodyId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DrowningIncidentConfiguration : IEntityTypeConfiguration<DrowningIncident>
{
    public void Configure(EntityTypeBuilder<DrowningIncident> builder)
    {
        builder.ToTable("DrowningIncidents");
        builder.Property(i => i.Place).HasMaxLength(100).IsRequired();
        builder.Property(i => i.Outcome).HasMaxLength(500);
        builder.Property(i => i.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(i => new { i.UnitPath, i.Date });
        builder.HasOne(i => i.WaterBody).WithMany().HasForeignKey(i => i.WaterBodyId).OnDelete(DeleteBehavior.Restrict);
    }
}
