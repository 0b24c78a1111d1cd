using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Stations;

public sealed class StationConfiguration : IEntityTypeConfiguration<Station>
{
    public void Configure(EntityTypeBuilder<Station> builder)
    {
        builder.ToTable("Stations");
        builder.Property(s => s.Name).HasMaxLength(60).IsRequired();
        builder.Property(s => s.CivilizationStation).HasMaxLength(60);
        builder.Property(s => s.Partners).HasMaxLength(200);
        builder.Property(s => s.Master).HasMaxLength(20);
        builder.Property(s => s.Tutors).HasMaxLength(300);
        builder.Property(s => s.Rooms).HasMaxLength(200);
        builder.Property(s => s.Equipment).HasMaxLength(200);
        builder.Property(s => s.OpeningHours).HasMaxLength(100);
        builder.Property(s => s.Phone).HasMaxLength(20);
        builder.Property(s => s.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(s => s.UnitPath);
        builder.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Honours).WithOne().HasForeignKey(h => h.StationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class StationHonourConfiguration : IEntityTypeConfiguration<StationHonour>
{
    public void Configure(EntityTypeBuilder<StationHonour> builder)
    {
        builder.ToTable("StationHonours");
        builder.Property(h => h.Title).HasMaxLength(10).IsRequired();
        builder.Property(h => h.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(h => h.UnitPath);
        builder.HasIndex(h => new { h.StationId, h.Year, h.Title }).IsUnique();
    }
}
