namespace Guangong.Web.Components.Shared;

/// <summary>
/// A file picked on a form that reads one document (a plan, a summary, a rules document, a roster spreadsheet), as
/// <see cref="PickedFiles"/> lists it: uploaded and waiting under <see cref="Token"/>, or refused with the
/// <see cref="Problem"/> that made it unusable (then the form no longer carries its token: the user picks another).
/// </summary>
public sealed record PickedFile(string Token, string FileName, string? Problem = null)
{
    /// <summary>What the list says of a refused file: plainly that it cannot be used, why, and what to do.</summary>
    public string? Said => Problem is null ? null : Refusal(Problem);

    /// <summary>The words for a file that cannot be used, the same whether it was refused as it went up or when it was read.</summary>
    public static string Refusal(string reason) => $"无法使用：{reason.TrimEnd('。', '.', ' ')}。请另选文件。";

    /// <summary>
    /// What a refused read lists again (<paramref name="listed"/>: the user's uploads the post named, still waiting).
    /// When the post sent exactly one uploaded file and no file of its own, the reason it was refused is that file's:
    /// it is returned as <c>Unusable</c>, listed with the reason, and the caller removes its upload. Otherwise (two
    /// files, an expired upload, a file posted with the form) the uploads stay as they are and the reason is the form's.
    /// </summary>
    public static (IReadOnlyList<PickedFile> Files, PickedFile? Unusable) AfterRefusedRead(
        IReadOnlyList<(string Token, string FileName)> listed, IReadOnlyCollection<string>? posted, bool filePosted, string reason)
    {
        if (!filePosted && listed.Count == 1 && posted?.Distinct(StringComparer.Ordinal).Count() == 1)
        {
            var unusable = new PickedFile(listed[0].Token, listed[0].FileName, reason);
            return ([unusable], unusable);
        }

        return (listed.Select(u => new PickedFile(u.Token, u.FileName)).ToList(), null);
    }
}
