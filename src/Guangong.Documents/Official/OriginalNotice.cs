using Guangong.Documents.Plans;

namespace Guangong.Documents.Official;

/// <summary>
/// The cover notice an imported plan came with (…关于印发…的通知, recipients, its words, signature
/// and date), read from the imported text as written, so re-issuing the plan reproduces the office's
/// own notice instead of a generic one.
/// </summary>
public sealed record OriginalNotice(string Title, IReadOnlyList<string> Recipients, IReadOnlyList<string> Body, string? Signer, DateOnly? Date)
{
    /// <summary>Null when the text does not open with a notice that issues something.</summary>
    public static OriginalNotice? Read(string? sourceText)
    {
        if (string.IsNullOrWhiteSpace(sourceText))
        {
            return null;
        }
        var lines = sourceText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0).Take(40).ToList();
        if (lines.Count < 3 || !IsNoticeTitle(lines[0]))
        {
            return null;
        }
        var index = 1;
        IReadOnlyList<string> recipients = [];
        if (lines[index].EndsWith('：') || lines[index].EndsWith(':'))
        {
            // Kept as one string: "各嘎查（村）、社区、各相关单位" is printed exactly as the office wrote it.
            recipients = [lines[index].TrimEnd('：', ':')];
            index++;
        }
        var body = new List<string>();
        string? signer = null;
        DateOnly? date = null;
        for (; index < lines.Count; index++)
        {
            if (ChineseDateParser.ParseDateLine(lines[index]) is { } d)
            {
                date = d;
                if (body.Count > 1 && IsSignature(body[^1]))
                {
                    signer = body[^1];
                    body.RemoveAt(body.Count - 1);
                }
                break;
            }
            body.Add(lines[index]);
        }
        return date is null || body.Count == 0 ? null : new OriginalNotice(lines[0], recipients, body, signer, date);
    }

    private static bool IsNoticeTitle(string line) =>
        line.EndsWith("通知", StringComparison.Ordinal)
        && (line.Contains("印发", StringComparison.Ordinal) || line.Contains("转发", StringComparison.Ordinal) || line.Contains("下发", StringComparison.Ordinal));

    private static bool IsSignature(string line) => line.Length <= 30 && !"。；：，！？".Contains(line[^1], StringComparison.Ordinal);
}
