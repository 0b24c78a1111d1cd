using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Uploads;

namespace Guangong.Web.Features.People.Import;

/// <summary>The roster's .xlsx as the upload on pick takes it (<see cref="PendingUploads"/>), before <see cref="RosterImport"/> previews it.</summary>
public static class RosterUpload
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>The upload kind's name, which the import form carries.</summary>
    public const string KindName = "roster";

    /// <summary>
    /// The roster's .xlsx picked on the import form: read as a roster (the sheet and its columns; the rows are checked in
    /// the preview) as it goes up, its rows kept for the preview (<see cref="PreviewedRows.KeepPicked"/>).
    /// </summary>
    public static UploadKind Kind(PreviewedRows previewed) =>
        new(KindName, MaxFileBytes, Identify, [Policies.CanManageRoster], Read: (bytes, _) => ReadAsRoster(bytes, previewed));

    private static (string? ContentType, string? Error) Identify(ReadOnlySpan<byte> head, long length, string fileName) =>
        LengthError(length) is { } refused ? (null, PickedFile.Refusal(refused)) : (Guangong.Documents.MediaTypes.Xlsx, null);

    private static string? ReadAsRoster(byte[] bytes, PreviewedRows previewed)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var (rows, error) = RosterSpreadsheet.Read(stream);
        if (error is not null)
        {
            return PickedFile.Refusal(error);
        }

        previewed.KeepPicked(bytes, rows);
        return null;
    }

    internal static string? LengthError(long length) => length switch
    {
        0 => "文件是空的（0字节）。",
        > MaxFileBytes => $"文件有{length / 1024 / 1024}MB，超过了10MB的上限。请删去无关的工作表或分成几个文件。",
        _ => null,
    };
}
