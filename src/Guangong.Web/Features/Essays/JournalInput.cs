namespace Guangong.Web.Features.Essays;

public sealed class JournalInput
{
    public string? Title { get; set; }

    public string? Issue { get; set; }

    public string? EditingUnit { get; set; }

    public string? DateText { get; set; }

    public string? Foreword { get; set; }

    public string? PageSize { get; set; }

    public List<JournalEntryInput> Entries { get; set; } = [];

    public long Version { get; set; }
}

/// <summary>A chosen piece: "submission" or "article", its id, its section and its place.</summary>
public sealed class JournalEntryInput
{
    public string? Kind { get; set; }

    public long Id { get; set; }

    public string? Section { get; set; }

    public string? Order { get; set; }
}

/// <summary>A piece that may go into the journal: a winning submission or an adopted article of the scope.</summary>
public sealed record JournalCandidate(string Kind, long Id, string Title, string Source, string DefaultSection);
