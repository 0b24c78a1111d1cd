namespace Guangong.Documents.Plans;

/// <summary>Reads the issuer and date that close a 公文 ("郑陆镇关工委 / 2023年2月10日").</summary>
internal static class SignatureReader
{
    private const int MaxIssuerLength = 30;

    public static (string? Issuer, DateOnly? Date, List<string> Body) TakeTrailingSignature(List<string> body)
    {
        var last = body.FindLastIndex(line => line.Length > 0);
        if (last < 0)
        {
            return (null, null, body);
        }
        var date = ChineseDateParser.ParseDateLine(body[last]);
        if (date is null)
        {
            return (null, null, body);
        }
        var issuerIndex = last > 0 ? body.FindLastIndex(last - 1, line => line.Length > 0) : -1;
        if (issuerIndex >= 0 && IsIssuerLine(body[issuerIndex]))
        {
            return (body[issuerIndex], date, body.Take(issuerIndex).ToList());
        }
        return (null, date, body.Take(last).ToList());
    }

    private static bool IsIssuerLine(string line) =>
        line.Length <= MaxIssuerLength
        && !SentenceText.EndsSentence(line)
        && !line.Contains('，')
        && !line.Contains('。')
        && NumberingMarker.Match(line) is null;
}
