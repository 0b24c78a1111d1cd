namespace Guangong.Web.Tests.Infrastructure;

/// <summary>Unique person names for tests: names may not contain digits, so hex digits become characters.</summary>
public static class ChineseName
{
    private const string Characters = "零一二三四五六七八九甲乙丙丁戊己";

    public static string Unique(string prefix, int length = 3) => prefix + From(Guid.NewGuid().ToString("N")[..length]);

    public static string From(string hex) => new(hex.Select(c => Characters[Convert.ToInt32(c.ToString(), 16)]).ToArray());
}
