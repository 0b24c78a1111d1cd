using Guangong.Web.Infrastructure.Text;

namespace Guangong.Web.Infrastructure.Files;

/// <summary>
/// The name an uploaded file is listed and downloaded under: the last part of what the browser sent (with
/// either kind of slash), clean text, at most 200 characters, and ending in the extension of what the file
/// really is, so "photo\u202Egpj.exe" holding a PNG is shown as "photogpj.exe.png", not as a program.
/// </summary>
public static class UploadName
{
    private static readonly Dictionary<string, string[]> Extensions = new(StringComparer.Ordinal)
    {
        [FileSignature.Jpeg] = [".jpg", ".jpeg", ".jpe"],
        [FileSignature.Png] = [".png"],
        [FileSignature.Webp] = [".webp"],
        [FileSignature.Pdf] = [".pdf"],
        [Guangong.Documents.MediaTypes.Docx] = [".docx"],
        [Guangong.Documents.MediaTypes.Xlsx] = [".xlsx"],
    };

    public static string Of(string? uploaded, string fallback)
    {
        var raw = uploaded ?? string.Empty;
        var name = CleanText.Of(raw[(raw.LastIndexOfAny(['/', '\\']) + 1)..]).Trim();
        name = name.Trim('.').Length == 0 ? fallback : name;
        return name.Length > 200 ? name[^200..] : name;
    }

    /// <summary>The name, with the extension of <paramref name="contentType"/> added when it does not already end in one.</summary>
    public static string Matching(string name, string contentType) =>
        Extensions.TryGetValue(contentType, out var known) && !known.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            ? name + known[0]
            : name;
}
