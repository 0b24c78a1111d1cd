using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Safety.ZeroCrime;

public sealed class ZeroCrimeStatusConfiguration : IEntityTypeConfiguration<ZeroCrimeStatus>
{
    public void Configure(EntityTypeBuilder<ZeroCrimeStatus> builder)
    {
        builder.ToTable("ZeroCrimeStatuses");
        builder.Property(z => z.Source).HasMaxLength(60);
        builder.Property(z => z.Note).HasMaxLength(500);
        builder.Property(z => z.SetByName).HasMaxLength(50).IsRequired();
        builder.Property(z => z.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(z => new { z.UnitId, z.Year }).IsUnique();
        builder.HasIndex(z => new { z.UnitPath, z.Year });
        builder.HasOne(z => z.Unit).WithMany().HasForeignKey(z => z.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
