namespace Guangong.Documents.Plans.Evaluation;

/// <summary>How one corpus document parsed against its expectation; the lists name what was missed.</summary>
public sealed record DocumentScore(string Name)
{
    public bool Crashed { get; init; }
    public int HeadingsExpected { get; init; }
    public int HeadingsFound { get; init; }
    public int HeadingsParsed { get; init; }
    public int HeadingsCorrect { get; init; }
    public int ItemsExpected { get; init; }
    public int ItemsFound { get; init; }
    public int RosterExpected { get; init; }
    public int RosterFound { get; init; }
    public int FiguresExpected { get; init; }
    public int FiguresFound { get; init; }
    public bool? KindCorrect { get; init; }
    public IReadOnlyList<string> Misses { get; init; } = [];
}
