using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Plans;

/// <summary>
/// Re-creates the visible numbers of Word's automatic lists ("%1、" with chineseCounting → "一、").
/// Counters run per list instance (numId); a deeper level restarts when a shallower one advances.
/// Numbering inherited from paragraph styles is not resolved.
/// </summary>
internal sealed class WordNumberingRenderer(Numbering? numbering)
{
    private const int LevelCount = 9;
    private readonly Dictionary<int, int?[]> _counters = [];

    public string Prefix(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties;
        var numberId = properties?.NumberingId?.Val?.Value;
        if (numbering is null || numberId is null or 0)
        {
            return string.Empty;
        }
        var level = Math.Clamp(properties?.NumberingLevelReference?.Val?.Value ?? 0, 0, LevelCount - 1);
        var levels = LevelsOf(numberId.Value);
        if (levels is null)
        {
            return string.Empty;
        }

        if (!_counters.TryGetValue(numberId.Value, out var counters))
        {
            counters = new int?[LevelCount];
            _counters[numberId.Value] = counters;
        }
        counters[level] = counters[level] is { } current ? current + 1 : StartOf(levels, level);
        for (var deeper = level + 1; deeper < LevelCount; deeper++)
        {
            counters[deeper] = null;
        }

        var definition = levels.GetValueOrDefault(level);
        var pattern = definition?.LevelText?.Val?.Value;
        if (definition is null || pattern is null)
        {
            return string.Empty;
        }
        var format = definition.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
        if (format == NumberFormatValues.Bullet || format == NumberFormatValues.None)
        {
            return string.Empty;
        }
        var text = pattern;
        for (var i = LevelCount; i >= 1; i--)
        {
            var placeholder = "%" + i;
            if (text.Contains(placeholder, StringComparison.Ordinal))
            {
                var value = counters[i - 1] ?? StartOf(levels, i - 1);
                var levelFormat = levels.GetValueOrDefault(i - 1)?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
                text = text.Replace(placeholder, FormatNumber(value, levelFormat), StringComparison.Ordinal);
            }
        }
        // "%1" without punctuation is followed by a tab in Word; the parser needs a separator instead.
        if (text.Length > 0 && char.IsLetterOrDigit(text[^1]))
        {
            text += format == NumberFormatValues.Decimal ? "．" : "、";
        }
        return text;
    }

    private Dictionary<int, Level>? LevelsOf(int numberId)
    {
        var instance = numbering!.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        if (abstractId is null)
        {
            return null;
        }
        var abstractNumbering = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        if (abstractNumbering is null)
        {
            return null;
        }
        var levels = new Dictionary<int, Level>();
        foreach (var level in abstractNumbering.Elements<Level>())
        {
            levels.TryAdd(level.LevelIndex?.Value ?? 0, level);
        }
        return levels;
    }

    private static int StartOf(Dictionary<int, Level> levels, int level) =>
        levels.GetValueOrDefault(level)?.StartNumberingValue?.Val?.Value ?? 1;

    private static string FormatNumber(int value, NumberFormatValues format)
    {
        if (format == NumberFormatValues.ChineseCounting || format == NumberFormatValues.ChineseCountingThousand
            || format == NumberFormatValues.IdeographTraditional || format == NumberFormatValues.TaiwaneseCounting
            || format == NumberFormatValues.ChineseLegalSimplified)
        {
            return ChineseNumerals.Format(value);
        }
        if (format == NumberFormatValues.DecimalEnclosedCircle || format == NumberFormatValues.DecimalEnclosedCircleChinese)
        {
            return value is >= 1 and <= 20 ? ((char)('\u2460' + value - 1)).ToString() : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (format == NumberFormatValues.LowerLetter || format == NumberFormatValues.UpperLetter)
        {
            var letter = (char)('a' + (value - 1) % 26);
            return format == NumberFormatValues.UpperLetter ? char.ToUpperInvariant(letter).ToString() : letter.ToString();
        }
        return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
