using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Assessments;

/// <summary>
/// A photo or document uploaded as evidence for one criterion of a self-assessment. The bytes live in
/// the same store as activity photos (<see cref="EvidenceFiles"/>, thumbnails included);
/// this row says which assessment and criterion they prove, and belongs to the assessment's unit.
/// </summary>
public class AssessmentFile : IUnitOwned
{
    public long Id { get; set; }

    public long AssessmentId { get; set; }

    public long CriterionId { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long SizeBytes { get; set; }

    public string StorageKey { get; set; } = string.Empty;

    public bool HasThumbnail { get; set; }

    public string UploadedBy { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

public sealed class AssessmentFileConfiguration : IEntityTypeConfiguration<AssessmentFile>
{
    public void Configure(EntityTypeBuilder<AssessmentFile> builder)
    {
        builder.ToTable("AssessmentFiles");
        builder.Property(f => f.FileName).HasMaxLength(200).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.StorageKey).HasMaxLength(64).IsRequired();
        builder.Property(f => f.UploadedBy).HasMaxLength(60).IsRequired();
        builder.Property(f => f.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(f => f.UnitPath);
        builder.HasIndex(f => new { f.AssessmentId, f.CriterionId });
        builder.HasOne<Assessment>().WithMany().HasForeignKey(f => f.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TemplateCriterion>().WithMany().HasForeignKey(f => f.CriterionId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(f => f.IsImage);
    }
}
