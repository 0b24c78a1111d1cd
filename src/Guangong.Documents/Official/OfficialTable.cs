namespace Guangong.Documents.Official;

/// <summary>
/// A ruled table in the body (a form's criteria and scores): a header row repeated on every page and
/// rows of text, a cell's lines separated by "\n". <paramref name="Widths"/> are relative; the table fills the text block.
/// </summary>
public sealed record OfficialTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int> Widths) : OfficialBlock;
