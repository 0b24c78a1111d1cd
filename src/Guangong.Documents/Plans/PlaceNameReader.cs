using System.Text.RegularExpressions;

namespace Guangong.Documents.Plans;

/// <summary>Reads the town's name from "郑陆镇2023年…" so local units keep their names ("郑陆法庭").</summary>
internal static partial class PlaceNameReader
{
    [GeneratedRegex(@"^(?:[\u4E00-\u9FFF]{1,6}?(?:市|区|县|旗))?(?<place>[\u4E00-\u9FFF]{2,4}?)(?:镇|乡|街道|苏木)")]
    private static partial Regex TownPrefix();

    public static string? Read(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var match = TownPrefix().Match(text);
        return match.Success ? match.Groups["place"].Value : null;
    }
}
