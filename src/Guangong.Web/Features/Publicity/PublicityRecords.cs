using System.ComponentModel.DataAnnotations;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Publicity;

public enum AwardKind
{
    [Display(Name = "奖励")] Reward = 1,
    [Display(Name = "惩处")] Penalty = 2,
}

/// <summary>
/// A reward or penalty (奖惩) the town decided against the year's ranking (严格兑现奖惩): for a unit
/// or a correspondent, with the reason, the amount or form, the date and who decided it.
/// </summary>
public class PublicityAward : IUnitOwned
{
    public long Id { get; set; }

    /// <summary>The deciding unit (the town): its ranking the award is recorded against.</summary>
    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public int Year { get; set; }

    public AwardKind Kind { get; set; }

    /// <summary>The unit rewarded or penalised, when it is a unit.</summary>
    public long? TargetUnitId { get; set; }

    /// <summary>The correspondent rewarded or penalised, when it is a person.</summary>
    public long? TargetCorrespondentId { get; set; }

    /// <summary>The name as decided, kept so the record reads the same after a rename.</summary>
    public string TargetName { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;

    /// <summary>The amount or form: 奖金500元, 通报表扬, 约谈 ….</summary>
    public string Form { get; set; } = string.Empty;

    public DateOnly DecidedOn { get; set; }

    /// <summary>Who decided: 镇关工委主任办公会, 镇党委 ….</summary>
    public string DecidedBy { get; set; } = string.Empty;

    public long RecordedByUserId { get; set; }

    public DateTime CreatedUtc { get; set; }
}

public enum BulletinAction
{
    [Display(Name = "起草")] Drafted = 1,
    [Display(Name = "修改")] Edited = 2,
    [Display(Name = "审核通过")] Approved = 3,
    [Display(Name = "退回修改")] Returned = 4,
    [Display(Name = "印发")] Issued = 5,
}

/// <summary>
/// A month's 通报 before it is issued: its title and text as drafted and edited, approved by a second
/// person holding the issuing role (not whoever wrote the current text), then issued from this text.
/// </summary>
public class BulletinDraft : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public int Year { get; set; }

    public int Month { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string? Recipients { get; set; }

    /// <summary>Who wrote the text as it stands: they cannot approve it themselves.</summary>
    public long EditedByUserId { get; set; }

    public long? ApprovedByUserId { get; set; }

    public DateTime? ApprovedUtc { get; set; }

    /// <summary>Set when issued: the draft is then kept as the approved text of the document.</summary>
    public long? IssuedDocumentId { get; set; }

    public long Version { get; set; }

    public List<BulletinStep> Steps { get; set; } = [];
}

/// <summary>One step of a 通报's way: who, when, and a comment when returned. Never changed.</summary>
public class BulletinStep : IUnitOwned, IAppendOnly
{
    public long Id { get; set; }

    public long DraftId { get; set; }

    public BulletinAction Action { get; set; }

    public string? Comment { get; set; }

    public long UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    public DateTime AtUtc { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;
}

public sealed class PublicityAwardConfiguration : IEntityTypeConfiguration<PublicityAward>
{
    public void Configure(EntityTypeBuilder<PublicityAward> builder)
    {
        builder.ToTable("PublicityAwards");
        builder.Property(a => a.UnitPath).HasMaxLength(400).IsRequired();
        builder.Property(a => a.TargetName).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Reason).HasMaxLength(300).IsRequired();
        builder.Property(a => a.Form).HasMaxLength(100).IsRequired();
        builder.Property(a => a.DecidedBy).HasMaxLength(100).IsRequired();
        builder.HasIndex(a => new { a.UnitPath, a.Year });
    }
}

public sealed class BulletinDraftConfiguration : IEntityTypeConfiguration<BulletinDraft>
{
    public void Configure(EntityTypeBuilder<BulletinDraft> builder)
    {
        builder.ToTable("BulletinDrafts");
        builder.Property(d => d.UnitPath).HasMaxLength(400).IsRequired();
        builder.Property(d => d.Title).HasMaxLength(200).IsRequired();
        builder.Property(d => d.Text).HasMaxLength(20000).IsRequired();
        builder.Property(d => d.Recipients).HasMaxLength(200);
        builder.HasIndex(d => d.UnitPath);
        builder.HasIndex(d => new { d.UnitId, d.Year, d.Month }).IsUnique();
        builder.HasMany(d => d.Steps).WithOne().HasForeignKey(s => s.DraftId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BulletinStepConfiguration : IEntityTypeConfiguration<BulletinStep>
{
    public void Configure(EntityTypeBuilder<BulletinStep> builder)
    {
        builder.ToTable("BulletinSteps");
        builder.Property(s => s.UnitPath).HasMaxLength(400).IsRequired();
        builder.Property(s => s.UserName).HasMaxLength(100).IsRequired();
        builder.Property(s => s.Comment).HasMaxLength(500);
        builder.HasIndex(s => s.UnitPath);
    }
}
