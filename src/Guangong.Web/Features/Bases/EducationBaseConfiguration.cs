using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Bases;

public sealed class EducationBaseConfiguration : IEntityTypeConfiguration<EducationBase>
{
    public void Configure(EntityTypeBuilder<EducationBase> builder)
    {
        builder.ToTable("EducationBases");
        builder.Property(b => b.Host).HasMaxLength(100);
        builder.Property(b => b.Address).HasMaxLength(200);
        builder.Property(b => b.Description).HasMaxLength(1000);
        builder.Property(b => b.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(b => b.UnitPath);

        // One registry entry per base unit.
        builder.HasIndex(b => b.UnitId).IsUnique();
        builder.HasOne(b => b.Unit).WithMany().HasForeignKey(b => b.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
