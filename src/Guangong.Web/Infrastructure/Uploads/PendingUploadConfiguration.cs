using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Infrastructure.Uploads;

public sealed class PendingUploadConfiguration : IEntityTypeConfiguration<PendingUpload>
{
    public void Configure(EntityTypeBuilder<PendingUpload> builder)
    {
        builder.ToTable("PendingUploads");
        builder.Property(f => f.Token).HasMaxLength(32).IsRequired();
        builder.Property(f => f.FileName).HasMaxLength(200).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.StorageKey).HasMaxLength(64).IsRequired();
        builder.HasIndex(f => f.Token).IsUnique();
        builder.HasIndex(f => new { f.OwnerUserId, f.CreatedUtc });
        builder.HasIndex(f => f.CreatedUtc);
        builder.Ignore(f => f.IsImage);
    }
}
