using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Committees;

public sealed class CorrespondentConfiguration : IEntityTypeConfiguration<Correspondent>
{
    public void Configure(EntityTypeBuilder<Correspondent> builder)
    {
        builder.ToTable("Correspondents");
        builder.Property(c => c.Name).HasMaxLength(20).IsRequired();
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.Property(c => c.Grid).HasMaxLength(100);
        builder.Property(c => c.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(c => c.UnitPath);
        builder.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
