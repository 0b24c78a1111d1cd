using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Assessments;

public sealed class AssessmentTemplateConfiguration : IEntityTypeConfiguration<AssessmentTemplate>
{
    public void Configure(EntityTypeBuilder<AssessmentTemplate> builder)
    {
        builder.ToTable("AssessmentTemplates");
        builder.Property(t => t.Name).HasMaxLength(100).IsRequired();
        builder.Property(t => t.Family).HasMaxLength(40).IsRequired();
        builder.Property(t => t.Thresholds).HasMaxLength(200).IsRequired();
        builder.Property(t => t.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(t => t.UnitPath);
        builder.HasIndex(t => new { t.Family, t.VersionNumber }).IsUnique();
        builder.HasOne(t => t.Unit).WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Criteria).WithOne().HasForeignKey(c => c.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class TemplateCriterionConfiguration : IEntityTypeConfiguration<TemplateCriterion>
{
    public void Configure(EntityTypeBuilder<TemplateCriterion> builder)
    {
        builder.ToTable("TemplateCriteria");
        builder.Property(c => c.GroupName).HasMaxLength(40).IsRequired();
        builder.Property(c => c.Text).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Guidance).HasMaxLength(500);
        builder.Property(c => c.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(c => c.UnitPath);
    }
}

public sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.ToTable("Assessments");
        builder.Property(a => a.SubjectName).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Level).HasMaxLength(20);
        builder.Property(a => a.SubmittedBy).HasMaxLength(100);
        builder.Property(a => a.ReviewedBy).HasMaxLength(100);
        builder.Property(a => a.SelfTotal).HasPrecision(7, 1);
        builder.Property(a => a.ReviewTotal).HasPrecision(7, 1);
        builder.Property(a => a.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(a => a.UnitPath);

        // One assessment of a subject a year: a second start finds the first.
        builder.HasIndex(a => new { a.Program, a.SubjectId, a.Year }).IsUnique();
        builder.Ignore(a => a.Total);
        builder.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AssessmentTemplate>().WithMany().HasForeignKey(a => a.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Scores).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AssessmentScoreConfiguration : IEntityTypeConfiguration<AssessmentScore>
{
    public void Configure(EntityTypeBuilder<AssessmentScore> builder)
    {
        builder.ToTable("AssessmentScores");
        builder.Property(s => s.Evidence).HasMaxLength(500);
        builder.Property(s => s.ReviewComment).HasMaxLength(500);
        builder.Property(s => s.SelfScore).HasPrecision(5, 1);
        builder.Property(s => s.ReviewScore).HasPrecision(5, 1);
        builder.Property(s => s.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(s => s.UnitPath);
        builder.HasIndex(s => new { s.AssessmentId, s.CriterionId }).IsUnique();
        builder.HasOne<TemplateCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Activities.Activity>().WithMany().HasForeignKey(s => s.ActivityId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RemediationActionConfiguration : IEntityTypeConfiguration<RemediationAction>
{
    public void Configure(EntityTypeBuilder<RemediationAction> builder)
    {
        builder.ToTable("RemediationActions");
        builder.Property(r => r.Text).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Owner).HasMaxLength(40).IsRequired();
        builder.Property(r => r.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(r => r.UnitPath);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TemplateCriterion>().WithMany().HasForeignKey(r => r.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}
