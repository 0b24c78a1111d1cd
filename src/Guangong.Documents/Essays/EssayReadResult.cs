namespace Guangong.Documents.Essays;

/// <summary>An essay read from a .docx: title, byline, the paragraphs of its text, and its length.</summary>
public sealed record EssayReadResult(bool Succeeded, string? Error, string Title, EssayByline Byline, IReadOnlyList<string> Paragraphs)
{
    public string Text => string.Join("\n", Paragraphs);

    public int CharacterCount => EssayText.CountCharacters(Text);

    public static EssayReadResult Failure(string error) => new(false, error, string.Empty, EssayByline.Empty, []);
}
