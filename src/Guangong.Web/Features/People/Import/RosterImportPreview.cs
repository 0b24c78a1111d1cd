namespace Guangong.Web.Features.People.Import;

/// <summary>What an uploaded roster would import: refused as a whole (<see cref="FileError"/>) or row by row.</summary>
public sealed record RosterImportPreview(string? FileError, IReadOnlyList<RosterImportRow> Rows)
{
    public static RosterImportPreview Refused(string message) => new(message, []);

    public int ValidCount => Rows.Count(r => r.IsValid);

    public int RejectedCount => Rows.Count(r => !r.IsValid);

    public int NewCount => Rows.Count(r => r.IsValid && !r.IsUpdate);

    public int UpdateCount => Rows.Count(r => r.Writes && r.IsUpdate);

    public int UnchangedCount => Rows.Count(r => r.IsValid && !r.Writes);

    public int WriteCount => NewCount + UpdateCount;
}
