namespace Guangong.Web.Features.People.Import;

/// <summary>One data row of an uploaded roster: its row number in the sheet, its cells, and what is wrong with it.</summary>
public sealed record RosterImportRow(int RowNumber, VolunteerInput Input, IReadOnlyList<string> Problems, VolunteerValues? Values, string? UnitName = null)
{
    public bool IsValid => Problems.Count == 0 && Values is not null;
}
