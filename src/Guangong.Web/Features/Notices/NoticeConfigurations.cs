using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Notices;

public sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("Notices");
        builder.Property(n => n.Title).HasMaxLength(NoticeRules.TitleMax).IsRequired();
        builder.Property(n => n.Body).HasMaxLength(NoticeRules.BodyMax).IsRequired();
        builder.Property(n => n.SenderName).HasMaxLength(60).IsRequired();
        builder.Property(n => n.AudienceText).HasMaxLength(200).IsRequired();
        builder.Property(n => n.IssuedByName).HasMaxLength(50).IsRequired();
        builder.Property(n => n.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(n => new { n.UnitPath, n.IssuedUtc });
        builder.HasMany(n => n.Recipients).WithOne().HasForeignKey(r => r.NoticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Files).WithOne().HasForeignKey(f => f.NoticeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class NoticeRecipientConfiguration : IEntityTypeConfiguration<NoticeRecipient>
{
    public void Configure(EntityTypeBuilder<NoticeRecipient> builder)
    {
        builder.ToTable("NoticeRecipients");
        builder.Property(r => r.Title).HasMaxLength(NoticeRules.TitleMax).IsRequired();
        builder.Property(r => r.Body).HasMaxLength(NoticeRules.BodyMax).IsRequired();
        builder.Property(r => r.SenderName).HasMaxLength(60).IsRequired();
        builder.Property(r => r.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(r => new { r.UnitPath, r.IssuedUtc });
        builder.HasIndex(r => new { r.NoticeId, r.UnitId }).IsUnique();
        builder.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Receipts).WithOne().HasForeignKey(x => x.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Replies).WithOne().HasForeignKey(x => x.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Files).WithOne().HasForeignKey(f => f.RecipientId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class NoticeReceiptConfiguration : IEntityTypeConfiguration<NoticeReceipt>
{
    public void Configure(EntityTypeBuilder<NoticeReceipt> builder)
    {
        builder.ToTable("NoticeReceipts");
        builder.Property(r => r.UserName).HasMaxLength(50).IsRequired();
        builder.Property(r => r.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(r => r.UnitPath);
        builder.HasIndex(r => new { r.RecipientId, r.UserId }).IsUnique();
    }
}

public sealed class NoticeReplyConfiguration : IEntityTypeConfiguration<NoticeReply>
{
    public void Configure(EntityTypeBuilder<NoticeReply> builder)
    {
        builder.ToTable("NoticeReplies");
        builder.Property(r => r.Text).HasMaxLength(NoticeRules.ReplyMax).IsRequired();
        builder.Property(r => r.UserName).HasMaxLength(50).IsRequired();
        builder.Property(r => r.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(r => r.UnitPath);
        builder.HasMany(r => r.Files).WithOne().HasForeignKey(f => f.ReplyId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class NoticeFileConfiguration : IEntityTypeConfiguration<NoticeFile>
{
    public void Configure(EntityTypeBuilder<NoticeFile> builder)
    {
        builder.ToTable("NoticeFiles");
        builder.Property(f => f.FileName).HasMaxLength(200).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.StorageKey).HasMaxLength(64).IsRequired();
        builder.Property(f => f.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(f => f.UnitPath);
    }
}
