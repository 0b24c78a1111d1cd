using Guangong.Web.Infrastructure.Data;

namespace Guangong.Web.Infrastructure.Uploads;

/// <summary>
/// A photo or document uploaded from a form as soon as it was picked, before the form is saved. The bytes are
/// already in the evidence store (<see cref="Files.EvidenceFiles"/>) under <see cref="StorageKey"/>; the save claims
/// the row (its owner only, once, within <see cref="PendingUploads.Lifetime"/>) and, for a record kept in the evidence
/// store (an activity's files), the same key becomes its file in the record's transaction, so claiming moves no bytes.
/// </summary>
public class PendingUpload : IScratch
{
    public long Id { get; set; }

    /// <summary>32 hex digits: what the form carries; it names the upload to its owner only.</summary>
    public string Token { get; set; } = string.Empty;

    public long OwnerUserId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long SizeBytes { get; set; }

    public string StorageKey { get; set; } = string.Empty;

    public bool HasThumbnail { get; set; }

    public DateTime CreatedUtc { get; set; }

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
