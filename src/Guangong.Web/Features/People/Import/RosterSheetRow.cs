namespace Guangong.Web.Features.People.Import;

/// <summary>A data row of an uploaded roster as typed: its sheet row number, its 编号 (set on exported rows) and its cells.</summary>
public sealed record RosterSheetRow(int Row, string? IdText, VolunteerInput Input);
