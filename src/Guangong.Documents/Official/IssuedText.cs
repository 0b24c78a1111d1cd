namespace Guangong.Documents.Official;

/// <summary>
/// The text a cover notice issues (印发), e.g. the annual plan. It follows the notice on a new page
/// under its own title and carries no signature: the notice signs it.
/// </summary>
/// <param name="Attachments">Names for the attachment note under the issued text (附件：…).</param>
public sealed record IssuedText(string Title, IReadOnlyList<OfficialBlock> Body, IReadOnlyList<string> Attachments);
