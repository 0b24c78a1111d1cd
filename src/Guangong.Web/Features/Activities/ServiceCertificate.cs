using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// A 志愿服务证明 as issued: its number, for whom, which period and how many hours. Kept so a printed
/// certificate can be checked against the register.
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

    public string IssuedBy { get; set; } = string.Empty;

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
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => c.UnitPath);
        builder.HasOne<People.Volunteer>().WithMany().HasForeignKey(c => c.VolunteerId).OnDelete(DeleteBehavior.Restrict);
    }
}
