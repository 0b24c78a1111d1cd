using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Workshops;

/// <summary>
/// A 特色“五老”工作室: named after a volunteer of the roster, with its speciality, run at a host unit
/// (which owns the record and scores it). Its activities are those its volunteer served at.
/// </summary>
public class Workshop : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public long VolunteerId { get; set; }

    public People.Volunteer? Volunteer { get; set; }

    /// <summary>What it is known for, e.g. 红色故事宣讲、书法.</summary>
    public string Speciality { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }
}

public sealed class WorkshopConfiguration : IEntityTypeConfiguration<Workshop>
{
    public void Configure(EntityTypeBuilder<Workshop> builder)
    {
        builder.ToTable("Workshops");
        builder.Property(w => w.Name).HasMaxLength(60).IsRequired();
        builder.Property(w => w.Speciality).HasMaxLength(100).IsRequired();
        builder.Property(w => w.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(w => w.UnitPath);
        builder.HasOne(w => w.Unit).WithMany().HasForeignKey(w => w.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(w => w.Volunteer).WithMany().HasForeignKey(w => w.VolunteerId).OnDelete(DeleteBehavior.Restrict);
    }
}
