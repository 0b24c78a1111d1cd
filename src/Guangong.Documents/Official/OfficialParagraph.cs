namespace Guangong.Documents.Official;

/// <summary>A body paragraph: 仿宋, first line indented two characters.</summary>
/// <param name="Text">The paragraph's text; a line break in it starts a new paragraph.</param>
public sealed record OfficialParagraph(string Text) : OfficialBlock;
