namespace Guangong.Documents.Plans;

/// <summary>Moves roster lines (the 附件 appendix, or role lines inside the body) out of the plan body.</summary>
internal static class RosterSplitter
{
    private const int MaxAppendixLabelLength = 40;

    /// <summary>Everything from the "附件" line on is the appendix; the plan body ends there.</summary>
    public static List<string> TakeAppendix(List<string> body, List<RosterMember> roster, List<string> warnings)
    {
        var start = body.FindIndex(line => line.StartsWith("附件", StringComparison.Ordinal) && line.Length <= MaxAppendixLabelLength);
        if (start < 0)
        {
            return body;
        }
        var (members, ignored) = RosterParser.ParseAppendix(body.Skip(start));
        roster.AddRange(members);
        if (ignored > 0)
        {
            warnings.Add($"附件中有{ignored}行未能识别为成员名单，已忽略");
        }
        return body.Take(start).ToList();
    }

    /// <summary>Takes "主任：张三；副主任：李四、王五" lines and the name-only lines that continue them.</summary>
    public static List<string> TakeInlineRoster(List<string> body, List<RosterMember> roster)
    {
        var result = new List<string>(body.Count);
        string? currentRole = null;
        foreach (var line in body)
        {
            if (RosterParser.TryParseRoleLine(line, out var members, out var lastRole))
            {
                // The roster's own heading ("镇关工委组成成员") sits just above it.
                if (currentRole is null && result.Count > 0 && IsRosterHeading(result[^1]))
                {
                    result.RemoveAt(result.Count - 1);
                }
                roster.AddRange(members);
                currentRole = lastRole;
                result.Add(string.Empty);
                continue;
            }
            if (RosterParser.TryParseTableRow(line, out var row) && row is not null)
            {
                roster.Add(row);
                currentRole = null;
                continue;
            }
            if (currentRole is not null && line.Length > 0 && RosterParser.TryParseNamesOnly(line, currentRole, out var continued))
            {
                roster.AddRange(continued);
                continue;
            }
            if (line.Length > 0)
            {
                currentRole = null;
            }
            result.Add(line);
        }
        return result;
    }

    private static bool IsRosterHeading(string line) =>
        line.Length is > 0 and <= 30 && (line.EndsWith("名单", StringComparison.Ordinal) || line.EndsWith("成员", StringComparison.Ordinal) || line.EndsWith("组成", StringComparison.Ordinal));
}
