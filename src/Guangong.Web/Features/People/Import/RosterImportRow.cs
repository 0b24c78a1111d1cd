namespace Guangong.Web.Features.People.Import;

/// <summary>
/// One data row of an uploaded roster: its row number in the sheet, its cells, what is wrong with it,
/// and, when it names someone already on the roster (by 编号, or by name and phone), who and what changes.
/// </summary>
public sealed record RosterImportRow(
    int RowNumber,
    VolunteerInput Input,
    IReadOnlyList<string> Problems,
    VolunteerValues? Values,
    string? UnitName = null,
    string? IdText = null,
    long? VolunteerId = null,
    IReadOnlyList<string>? Changes = null)
{
    public bool IsValid => Problems.Count == 0 && Values is not null;

    /// <summary>The problems as one text: each a sentence of its own (most end in 。; "。；" read as a slip).</summary>
    public string ProblemText => string.Concat(Problems.Select(p => p.EndsWith('。') ? p : p + "。"));

    public bool IsUpdate => VolunteerId is not null;

    /// <summary>A valid row that would write something: a new person, or someone whose fields change.</summary>
    public bool Writes => IsValid && (!IsUpdate || Changes is { Count: > 0 });
}
