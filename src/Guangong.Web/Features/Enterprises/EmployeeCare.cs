using System.ComponentModel.DataAnnotations;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Enterprises;

/// <summary>
/// Whom the help reached, as an age band rather than a birth date or an ID number: enough to count
/// the children helped by school stage, nothing that identifies a child.
/// </summary>
public enum CareAgeBand
{
    [Display(Name = "职工本人")] Employee = 1,
    [Display(Name = "子女0—3岁")] Infant = 2,
    [Display(Name = "子女3—6岁")] Preschool = 3,
    [Display(Name = "子女小学")] Primary = 4,
    [Display(Name = "子女初中")] Junior = 5,
    [Display(Name = "子女高中及以上")] Senior = 6,
}

/// <summary>
/// A care record of a 民企关工委 for a young employee or their child (郑陆 五): the difficulty, the help
/// given, when, how much. Read and written only by the company's own unit and the town officer
/// (<see cref="EmployeeCareAccess"/>); the district above sees counts. The employee's name and the
/// difficulty are personal, so the audit trail records that they changed, never their text.
/// </summary>
public class EmployeeCare : IUnitOwned
{
    public long Id { get; set; }

    /// <summary>The company committee's unit.</summary>
    public long UnitId { get; set; }

    public Organization.Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    [KeptOutOfAudit]
    public string EmployeeName { get; set; } = string.Empty;

    public CareAgeBand AgeBand { get; set; }

    [KeptOutOfAudit]
    public string Difficulty { get; set; } = string.Empty;

    public string Help { get; set; } = string.Empty;

    public DateOnly HelpedOn { get; set; }

    /// <summary>Money or goods' worth in yuan; null for help that is not money (tutoring, a visit).</summary>
    public decimal? Amount { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }
}

public sealed class EmployeeCareConfiguration : IEntityTypeConfiguration<EmployeeCare>
{
    public void Configure(EntityTypeBuilder<EmployeeCare> builder)
    {
        builder.ToTable("EmployeeCares");
        builder.Property(c => c.EmployeeName).HasMaxLength(20).IsRequired();
        builder.Property(c => c.Difficulty).HasMaxLength(300).IsRequired();
        builder.Property(c => c.Help).HasMaxLength(300).IsRequired();
        builder.Property(c => c.Amount).HasPrecision(12, 2);
        builder.Property(c => c.RecordedBy).HasMaxLength(60).IsRequired();
        builder.Property(c => c.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(c => c.UnitPath);
        builder.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
