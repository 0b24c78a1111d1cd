using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Safety.Cafes;

public sealed class CafeSupervisorConfiguration : IEntityTypeConfiguration<CafeSupervisor>
{
    public void Configure(EntityTypeBuilder<CafeSupervisor> builder)
    {
        builder.ToTable("CafeSupervisors");
        builder.Property(s => s.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(s => new { s.CafeId, s.VolunteerId }).IsUnique();
        builder.HasIndex(s => s.UnitPath);
        builder.HasOne(s => s.Volunteer).WithMany().HasForeignKey(s => s.VolunteerId).OnDelete(DeleteBehavior.Restrict);
    }
}
