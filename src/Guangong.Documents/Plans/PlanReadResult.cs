namespace Guangong.Documents.Plans;

/// <summary>The text of an uploaded plan file, or a message (Chinese) telling the officer why it was refused.</summary>
public sealed record PlanReadResult(string? Text, string? Error)
{
    public bool IsSuccess => Error is null;

    public static PlanReadResult Success(string text) => new(text, null);

    public static PlanReadResult Failure(string error) => new(null, error);
}
