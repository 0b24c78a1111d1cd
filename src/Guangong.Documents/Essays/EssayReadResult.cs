namespace Guangong.Documents.Essays;

/// <summary>An essay read from a .docx: title, byline, the paragraphs of its text, its pictures in the order they appear, and its length.</summary>
public sealed record EssayReadResult(bool Succeeded, string? Error, string Title, EssayByline Byline, IReadOnlyList<string> Paragraphs)
{
    public string Text => string.Join("\n", Paragraphs);

    public int CharacterCount => EssayText.CountCharacters(Text);

    /// <summary>The pictures of the document (photos, drawings), each once, in the order of their first place in the text.</summary>
    public IReadOnlyList<EssayImage> Images { get; init; } = [];

    public static EssayReadResult Failure(string error) => new(false, error, string.Empty, EssayByline.Empty, []);
}

/// <summary>A picture taken out of an essay's .docx: its name in the package ("image1.jpeg") and its bytes as stored there.</summary>
public sealed record EssayImage(string Name, string ContentType, byte[] Bytes);
