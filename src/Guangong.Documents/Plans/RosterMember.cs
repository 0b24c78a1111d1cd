namespace Guangong.Documents.Plans;

/// <summary>A member of the committee leadership listed in the plan's appendix.</summary>
/// <param name="Role">Role in the committee, e.g. 主任, 副主任, 成员.</param>
/// <param name="Post">The post held elsewhere, e.g. 党委副书记; empty when not given.</param>
public sealed record RosterMember(string Role, string Name, string Post);
