using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// A 志愿服务证明 as issued: its number, for whom, which period and how many hours, and the file
/// itself, so a re-download is the certificate that was handed over. Never changed: reissuing adds a
/// certificate that <see cref="ReplacesId"/> the old one, whose number is then void.
/// </summary>
public class ServiceCertificate : IUnitOwned, IAppendOnly
{
    public long Id { get; set; }

    public string Number { get; set; } = string.Empty;

    public long VolunteerId { get; set; }

    /// <summary>The issuing unit: the unit the officer was acting for.</summary>
    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public int Tenths { get; set; }

    /// <summary>Hours checked in and out by the volunteer themselves.</summary>
    public int VerifiedTenths { get; set; }

    /// <summary>Hours an officer recorded on the volunteer's behalf (代录).</summary>
    public int OnBehalfTenths { get; set; }

    public string IssuedBy { get; set; } = string.Empty;

    /// <summary>The date printed on the certificate; null on certificates issued before it was kept.</summary>
    public DateOnly? IssuedOn { get; set; }

    /// <summary>The .docx as issued; null on certificates issued before files were kept.</summary>
    public byte[]? Content { get; set; }

    /// <summary>The certificate this one replaces (reissue); that one's number is void from now on.</summary>
    public long? ReplacesId { get; set; }

    public string? ReissueReason { get; set; }

    /// <summary>The form's one-time key: a form posted twice issues once.</summary>
    public string? IssueKey { get; set; }

    public DateTime CreatedUtc { get; set; }
}

public sealed class ServiceCertificateConfiguration : IEntityTypeConfiguration<ServiceCertificate>
{
    public void Configure(EntityTypeBuilder<ServiceCertificate> builder)
    {
        builder.ToTable("ServiceCertificates");
        builder.Property(c => c.Number).HasMaxLength(30).IsRequired();
        builder.Property(c => c.IssuedBy).HasMaxLength(50).IsRequired();
        builder.Property(c => c.UnitPath).HasMaxLength(400).IsRequired();
        builder.Property(c => c.ReissueReason).HasMaxLength(200);
        builder.Property(c => c.IssueKey).HasMaxLength(40);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => c.IssueKey).IsUnique();
        // One certificate can be replaced once: a second reissue replaces the newer one.
        builder.HasIndex(c => c.ReplacesId).IsUnique();
        builder.HasIndex(c => c.UnitPath);
        builder.HasOne<People.Volunteer>().WithMany().HasForeignKey(c => c.VolunteerId).OnDelete(DeleteBehavior.Restrict);
    }
}
