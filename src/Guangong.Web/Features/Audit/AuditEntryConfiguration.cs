using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Audit;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.UserName).HasMaxLength(64).IsRequired();
        builder.Property(a => a.UnitPath).HasMaxLength(400).IsRequired();
        builder.Property(a => a.Action).HasMaxLength(20).IsRequired();
        builder.Property(a => a.Entity).HasMaxLength(64).IsRequired();
        builder.Property(a => a.EntityId).HasMaxLength(64);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.HasIndex(a => a.TimestampUtc);
        builder.HasIndex(a => new { a.UnitPath, a.TimestampUtc });
        builder.HasIndex(a => new { a.Entity, a.EntityId });
        // Unique: of two undos of one removal at once (a double tap, two tabs), the second one's audit line fails and its save rolls back.
        builder.HasIndex(a => a.UndoOf).IsUnique().HasFilter("\"UndoOf\" IS NOT NULL");
    }
}
