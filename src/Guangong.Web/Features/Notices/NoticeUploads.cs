using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Uploads;

namespace Guangong.Web.Features.Notices;

/// <summary>
/// Attachments picked on the notice and reply forms, uploaded as they were picked (<see cref="PendingUploads"/>):
/// the save claims them, and their bytes go through the notice store's own check and write with the posted files
/// (all or none); the claimed rows end in the save, and the waiting bytes once it has committed.
/// </summary>
public sealed class NoticeUploads(PendingUploads pending)
{
    public static readonly UploadKind Kind = new("notice", NoticeFiles.MaxBytes, NoticeFiles.Identify, [Policies.CanIssueNotices, Policies.CanReplyNotices]);

    /// <summary>The posted files with the claimed uploads after them, as the notice store takes them; what cannot be claimed is an error on "Files".</summary>
    public async Task<(List<PendingUpload> Claimed, List<NoticeFiles.Upload> All)> TakeAsync(IReadOnlyList<NoticeFiles.Upload> posted, IReadOnlyList<string>? tokens, List<FieldError> errors, CancellationToken ct)
    {
        var claimed = await pending.ClaimAsync(tokens, Kind, "Files", errors, ct);
        var all = posted.ToList();
        foreach (var upload in claimed)
        {
            all.Add(new NoticeFiles.Upload(upload.FileName, await pending.ReadBytesAsync(upload, ct)));
        }

        return (claimed, all);
    }

    /// <summary>Ends the claimed uploads in the notice's or reply's save.</summary>
    public void Release(List<PendingUpload> claimed) => pending.Release(claimed);

    /// <summary>After the save: the bytes are the notice store's now; the waiting copies go.</summary>
    public void Saved(List<PendingUpload> claimed) => pending.DeleteBytes(claimed);
}
