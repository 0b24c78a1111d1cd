using System.ComponentModel.DataAnnotations;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Safety.Photos;

/// <summary>Which kind of record a photo belongs to.</summary>
public enum PhotoOf
{
    [Display(Name = "网吧检查")] CafeInspection = 1,
    [Display(Name = "防溺水巡逻")] Patrol = 2,
}

/// <summary>
/// A photo taken on a café inspection or a water patrol. The bytes live with the activities' photos
/// (<see cref="EvidenceFiles"/>: checked by content, thumbnailed); the row carries the
/// record's unit so the photo is read within scope only, as the record is.
/// </summary>
public class SafetyPhoto : IUnitOwned
{
    public long Id { get; set; }

    public PhotoOf Of { get; set; }

    /// <summary>The inspection's or the patrol's id.</summary>
    public long RecordId { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long SizeBytes { get; set; }

    public string StorageKey { get; set; } = string.Empty;

    public bool HasThumbnail { get; set; }

    public DateTime CreatedUtc { get; set; }
}

public sealed class SafetyPhotoConfiguration : IEntityTypeConfiguration<SafetyPhoto>
{
    public void Configure(EntityTypeBuilder<SafetyPhoto> builder)
    {
        builder.ToTable("SafetyPhotos");
        builder.Property(f => f.FileName).HasMaxLength(200).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.StorageKey).HasMaxLength(64).IsRequired();
        builder.Property(f => f.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(f => f.UnitPath);
        builder.HasIndex(f => new { f.Of, f.RecordId });
    }
}
