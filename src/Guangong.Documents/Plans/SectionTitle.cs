namespace Guangong.Documents.Plans;

/// <summary>A section's number and heading as a document writes them: "一、总体要求", "第一章　总则", "（一）健全组织网络".</summary>
public static class SectionTitle
{
    public static string Format(string number, string heading)
    {
        number = number.Trim();
        heading = heading.Trim();
        if (number.Length == 0)
        {
            return heading;
        }

        var separator = number.StartsWith('第') ? "　" : number.StartsWith('（') ? string.Empty : "、";
        return heading.Length == 0 ? number + (separator.Length > 0 && separator != "　" ? separator : string.Empty) : number + separator + heading;
    }
}
