using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Activities;

public sealed class ActivityFileConfiguration : IEntityTypeConfiguration<ActivityFile>
{
    public void Configure(EntityTypeBuilder<ActivityFile> builder)
    {
        builder.ToTable("ActivityFiles");
        builder.Property(f => f.FileName).HasMaxLength(200).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.StorageKey).HasMaxLength(64).IsRequired();
        builder.Property(f => f.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(f => f.UnitPath);
        builder.Ignore(f => f.IsImage);
    }
}
