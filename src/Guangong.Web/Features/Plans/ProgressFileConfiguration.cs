using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Plans;

public sealed class ProgressFileConfiguration : IEntityTypeConfiguration<ProgressFile>
{
    public void Configure(EntityTypeBuilder<ProgressFile> builder)
    {
        builder.ToTable("ProgressFiles");
        builder.Property(f => f.FileName).HasMaxLength(200).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.StorageKey).HasMaxLength(64).IsRequired();
        builder.Property(f => f.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(f => f.UnitPath);
    }
}
