using Guangong.Web.Infrastructure.Files;

namespace Guangong.Web.Infrastructure.Uploads;

/// <summary>The check a picked file passes: its real content type, or a Chinese reason to refuse it.</summary>
public delegate (string? ContentType, string? Error) UploadCheck(ReadOnlySpan<byte> head, long length, string fileName);

/// <summary>A picture scaled on the server as it is uploaded (a smaller JPEG), or a Chinese reason it cannot be decoded.</summary>
public delegate (byte[]? Jpeg, string? Error) UploadShrink(byte[] bytes, string fileName);

/// <summary>
/// The reading a picked file passes as it goes up, past its type: the whole file read as the form will read it (a
/// roster as a spreadsheet, a 征文 .docx as a document, a .zip as an archive), or a Chinese reason to refuse it.
/// </summary>
public delegate string? UploadRead(byte[] bytes, string fileName);

/// <summary>
/// What a file picked on a form is for (<see cref="PendingUploads"/>): the form's own check, run when the file
/// goes up and again when the save claims it, and the policies of the forms that take it (any one lets a user
/// upload). A feature whose form takes files registers its kind in its <c>Add…Feature()</c>; the one upload
/// endpoint finds it by <see cref="Name"/>, which the form carries as <c>data-upload-kind</c>. A kind whose record keeps
/// its pictures scaled anyway (articles) may give <see cref="Shrink"/>: the picture is then scaled on the server as it
/// arrives (a 50-megapixel camera photo the phone could not shrink), or refused with its Chinese reason. A kind whose
/// form reads the file (a document, a spreadsheet) may give <see cref="Read"/>: a file that will not read is then refused
/// as it goes up, in red beside it, instead of listed as uploaded and refused only when the form is sent.
/// </summary>
public sealed record UploadKind(string Name, long MaxBytes, UploadCheck Check, IReadOnlyList<string> Policies, UploadShrink? Shrink = null, UploadRead? Read = null)
{
    /// <summary>Activity evidence, progress reports and assessment evidence: jpg, png, webp, pdf, docx (<see cref="EvidenceFiles"/>).</summary>
    public const string Evidence = "evidence";
}
