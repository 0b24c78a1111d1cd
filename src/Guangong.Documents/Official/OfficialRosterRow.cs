namespace Guangong.Documents.Official;

/// <summary>A member line of a committee roster, printed "主　任：宝音图（党委副书记）".</summary>
/// <param name="Role">Role in the committee; a row whose role equals the previous row's leaves it blank, as printed rosters do.</param>
/// <param name="Post">The post held elsewhere, shown in brackets; empty for none.</param>
public sealed record OfficialRosterRow(string Role, string Name, string Post);
