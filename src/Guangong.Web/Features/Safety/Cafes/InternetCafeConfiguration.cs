using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Safety.Cafes;

public sealed class InternetCafeConfiguration : IEntityTypeConfiguration<InternetCafe>
{
    public void Configure(EntityTypeBuilder<InternetCafe> builder)
    {
        builder.ToTable("InternetCafes");
        builder.Property(c => c.Name).HasMaxLength(60).IsRequired();
        builder.Property(c => c.Address).HasMaxLength(100);
        builder.Property(c => c.LicenceNumber).HasMaxLength(40);
        builder.Property(c => c.OperatorName).HasMaxLength(20);
        builder.Property(c => c.OperatorPhone).HasMaxLength(20);
        builder.Property(c => c.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(c => c.UnitPath);
        builder.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Supervisors).WithOne().HasForeignKey(s => s.CafeId).OnDelete(DeleteBehavior.Cascade);
    }
}
