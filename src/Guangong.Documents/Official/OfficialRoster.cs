namespace Guangong.Documents.Official;

/// <summary>
/// A roster (组成成员名单) such as a plan's appendix. Laid out as a borderless table so the roles line
/// up in one column however long the names are, which spaces in text cannot guarantee.
/// </summary>
public sealed record OfficialRoster(IReadOnlyList<OfficialRosterRow> Rows) : OfficialBlock;
