namespace Guangong.Documents.Plans;

/// <summary>Converts the small Chinese numerals used for headings and dates (一 … 九十九, 〇 digits).</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Parses 一 … 九十九 (and 两); returns null for anything else.</summary>
    public static int? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 3)
        {
            return null;
        }
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arabic))
        {
            return arabic;
        }
        var tenIndex = text.IndexOf('十');
        if (tenIndex < 0)
        {
            return text.Length == 1 ? DigitValue(text[0]) : null;
        }
        var tensText = text[..tenIndex];
        var onesText = text[(tenIndex + 1)..];
        int? tens = tensText.Length == 0 ? 1 : tensText.Length == 1 ? DigitValue(tensText[0]) : null;
        int? ones = onesText.Length == 0 ? 0 : onesText.Length == 1 ? DigitValue(onesText[0]) : null;
        if (tens is null or 0 || ones is null)
        {
            return null;
        }
        return tens * 10 + ones;
    }

    /// <summary>Parses 一百 … 一百九十九 (article numbers of long rules); null for anything else.</summary>
    public static int? ParseHundreds(string text)
    {
        var hundred = text.IndexOf('百');
        if (hundred != 1 || DigitValue(text[0]) is not { } h || h == 0)
        {
            return null;
        }
        var rest = text[2..].TrimStart('零', '〇');
        if (rest.Length == 0)
        {
            return h * 100;
        }
        return Parse(rest) is { } tail ? h * 100 + tail : null;
    }

    /// <summary>Parses a year written digit by digit: 二〇二三 → 2023.</summary>
    public static int? ParseDigitSequence(string text)
    {
        if (text.Length == 0 || text.Length > 4)
        {
            return null;
        }
        var value = 0;
        foreach (var c in text)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : DigitValue(c);
            if (digit is null)
            {
                return null;
            }
            value = value * 10 + digit.Value;
        }
        return value;
    }

    /// <summary>Writes 1 … 99 as 一 … 九十九; other values stay Arabic.</summary>
    public static string Format(int value)
    {
        if (value is < 1 or > 99)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var tens = value / 10;
        var ones = value % 10;
        var tensText = tens switch { 0 => string.Empty, 1 => "十", _ => Digits[tens] + "十" };
        return tensText + (ones == 0 ? string.Empty : Digits[ones].ToString());
    }

    private static int? DigitValue(char c) => c switch
    {
        '〇' or '○' or 'O' or '０' => 0,
        '两' => 2,
        _ => Digits.IndexOf(c) is var index and >= 0 ? index : null,
    };
}
