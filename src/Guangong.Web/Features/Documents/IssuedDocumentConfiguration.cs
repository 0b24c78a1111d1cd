using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Documents;

public sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> builder)
    {
        builder.ToTable("IssuedDocuments");
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Number).HasMaxLength(60).IsRequired();
        builder.Property(d => d.Title).HasMaxLength(IssuingRules.TitleMaxLength).IsRequired();
        builder.Property(d => d.Signer).HasMaxLength(IssuingRules.NameMaxLength).IsRequired();
        builder.Property(d => d.FileName).HasMaxLength(300).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(d => d.IssueKey).HasMaxLength(40).IsRequired();
        builder.Property(d => d.IssuedBy).HasMaxLength(50).IsRequired();
        builder.Property(d => d.UnitPath).HasMaxLength(400).IsRequired();
        // A number is never given twice in a unit's year, whoever posts first; null sequences are
        // distinct in both databases, so unnumbered documents do not collide.
        builder.HasIndex(d => new { d.UnitId, d.Year, d.Sequence }).IsUnique();
        builder.HasIndex(d => d.IssueKey).IsUnique();
        builder.HasIndex(d => d.UnitPath);
        builder.HasOne<Organization.Unit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
