using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Essays;

public sealed class ContestConfiguration : IEntityTypeConfiguration<Contest>
{
    public void Configure(EntityTypeBuilder<Contest> builder)
    {
        builder.ToTable("Contests");
        builder.Property(c => c.Title).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Organiser).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Theme).HasMaxLength(1000).IsRequired();
        builder.Property(c => c.Groups).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Criteria).HasMaxLength(1000).IsRequired();
        builder.Property(c => c.ParticipatingUnitIds).HasMaxLength(2000).IsRequired();
        builder.Property(c => c.DisagreementPoints).HasPrecision(5, 1);
        builder.Property(c => c.FirstValue).HasPrecision(6, 1);
        builder.Property(c => c.SecondValue).HasPrecision(6, 1);
        builder.Property(c => c.ThirdValue).HasPrecision(6, 1);
        builder.Property(c => c.MeritValue).HasPrecision(6, 1);
        builder.Property(c => c.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.AwardMode).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.UnitPath).HasMaxLength(400).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.UnitPath);
        builder.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.GroupList);
        builder.Ignore(c => c.ParticipantIds);
        builder.Ignore(c => c.CriterionList);
    }
}

public sealed class ContestJudgeConfiguration : IEntityTypeConfiguration<ContestJudge>
{
    public void Configure(EntityTypeBuilder<ContestJudge> builder)
    {
        builder.ToTable("ContestJudges");
        builder.Property(j => j.JudgeName).HasMaxLength(100).IsRequired();
        builder.Property(j => j.Group).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(j => j.UnitPath);
        builder.HasIndex(j => new { j.ContestId, j.Group, j.UserId }).IsUnique();
        builder.HasIndex(j => j.UserId);
        builder.HasOne<Contest>().WithMany().HasForeignKey(j => j.ContestId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.ToTable("Submissions");
        builder.Property(s => s.Code).HasMaxLength(10).IsRequired();
        builder.Property(s => s.Title).HasMaxLength(100).IsRequired();
        builder.Property(s => s.Text).HasMaxLength(30000).IsRequired();
        builder.Property(s => s.Fingerprint).HasMaxLength(64).IsRequired();
        builder.Property(s => s.AuthorName).HasMaxLength(30).IsRequired();
        builder.Property(s => s.Grade).HasMaxLength(20);
        builder.Property(s => s.ClassName).HasMaxLength(20);
        builder.Property(s => s.Adviser).HasMaxLength(60);
        builder.Property(s => s.SourceFileName).HasMaxLength(260);
        builder.Property(s => s.DuplicateOf).HasMaxLength(10);
        builder.Property(s => s.FinalScore).HasPrecision(6, 2);
        builder.Property(s => s.Group).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Award).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.UnitPath).HasMaxLength(400).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.UnitPath);
        builder.HasIndex(s => new { s.ContestId, s.Code }).IsUnique();
        builder.HasIndex(s => new { s.ContestId, s.Fingerprint });
        builder.HasOne(s => s.Contest).WithMany().HasForeignKey(s => s.ContestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SubmissionScoreConfiguration : IEntityTypeConfiguration<SubmissionScore>
{
    public void Configure(EntityTypeBuilder<SubmissionScore> builder)
    {
        builder.ToTable("SubmissionScores");
        builder.Property(s => s.Points).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Total).HasPrecision(6, 1);
        builder.Property(s => s.Comment).HasMaxLength(500);
        builder.Property(s => s.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(s => s.UnitPath);
        builder.HasIndex(s => new { s.SubmissionId, s.JudgeUserId }).IsUnique();
        builder.HasIndex(s => s.ContestId);
        builder.HasOne<Submission>().WithMany().HasForeignKey(s => s.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class JournalConfiguration : IEntityTypeConfiguration<Journal>
{
    public void Configure(EntityTypeBuilder<Journal> builder)
    {
        builder.ToTable("Journals");
        builder.Property(j => j.Title).HasMaxLength(60).IsRequired();
        builder.Property(j => j.Issue).HasMaxLength(30).IsRequired();
        builder.Property(j => j.EditingUnit).HasMaxLength(100).IsRequired();
        builder.Property(j => j.DateText).HasMaxLength(30).IsRequired();
        builder.Property(j => j.Foreword).HasMaxLength(4000);
        builder.Property(j => j.PageSize).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.FileKey).HasMaxLength(200);
        builder.Property(j => j.FileSha256).HasMaxLength(64);
        builder.Property(j => j.UnitPath).HasMaxLength(400).IsRequired();
        builder.Property(j => j.Version).IsConcurrencyToken();
        builder.HasIndex(j => j.UnitPath);
        builder.HasOne(j => j.Unit).WithMany().HasForeignKey(j => j.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(j => j.Entries).WithOne().HasForeignKey(e => e.JournalId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("JournalEntries");
        builder.Property(e => e.Section).HasMaxLength(60).IsRequired();
        builder.Property(e => e.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(e => e.UnitPath);
        builder.HasIndex(e => e.JournalId);
    }
}
