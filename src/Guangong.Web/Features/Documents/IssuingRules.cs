using System.Globalization;
using Guangong.Web.Infrastructure.Commands;

namespace Guangong.Web.Features.Documents;

/// <summary>
/// The rules of a unit's document numbers (GB/T 9704 7.2.4: 机关代字〔2023〕5号, the full year in
/// 〔〕, no 第, no leading zeros) and of the fields an issued document carries, with Chinese messages.
/// </summary>
public static class IssuingRules
{
    public const string YearPlaceholder = "{year}";
    public const string NumberPlaceholder = "{n}";
    public const int MarkMaxLength = 40;
    public const int NameMaxLength = 50;
    public const int PatternMaxLength = 40;
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 50_000;

    /// <summary>What follows the 机关代字 in every number the standard allows: 〔year〕, the number, 号.</summary>
    private const string StandardTail = "〔" + YearPlaceholder + "〕" + NumberPlaceholder + "号";

    /// <summary>The number pattern of a 机关代字: 乌召关发 numbers its documents 乌召关发〔2023〕3号.</summary>
    public static string PatternOf(string code) => code.Trim() + StandardTail;

    /// <summary>The 机关代字 of a pattern in the standard's form; null for a pattern written otherwise (kept as it was typed).</summary>
    public static string? CodeOf(string? pattern) =>
        pattern is not null && pattern.EndsWith(StandardTail, StringComparison.Ordinal) && pattern.Length > StandardTail.Length ? pattern[..^StandardTail.Length] : null;

    /// <summary>
    /// Messages for a 机关代字 an officer typed; empty when it is usable. The officer types the code alone: the year and the
    /// number follow it as GB/T 9704 writes them, so no placeholder is typed or shown.
    /// </summary>
    public static IReadOnlyList<string> CheckCode(string? code)
    {
        var text = code?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return ["请填写机关代字，例如：乌召关发。"];
        }

        if (text.Length > PatternMaxLength - StandardTail.Length)
        {
            return [$"机关代字不能超过{PatternMaxLength - StandardTail.Length}个字。"];
        }

        return text.IndexOfAny(['〔', '〕', '[', ']', '［', '］', '{', '}', '第']) >= 0 || text.Any(char.IsDigit) || text.EndsWith('号')
            ? ["机关代字只写代字本身，如“乌召关发”：年份和序号由平台排在后面，印作 乌召关发〔2023〕3号。"]
            : [];
    }

    /// <summary>Messages for a pattern an officer typed; empty when it is usable.</summary>
    public static IReadOnlyList<string> CheckPattern(string? pattern)
    {
        var text = pattern?.Trim() ?? string.Empty;
        var errors = new List<string>();
        if (text.Length == 0)
        {
            return ["请填写发文字号格式，例如：乌召关发〔{year}〕{n}号。"];
        }
        if (text.Length > PatternMaxLength)
        {
            errors.Add($"发文字号格式不能超过{PatternMaxLength}个字。");
        }
        if (Count(text, YearPlaceholder) != 1)
        {
            errors.Add("发文字号格式要含一个年份位置 {year}，例如：乌召关发〔{year}〕{n}号。");
        }
        if (Count(text, NumberPlaceholder) != 1)
        {
            errors.Add("发文字号格式要含一个序号位置 {n}，例如：乌召关发〔{year}〕{n}号。");
        }
        if (text.StartsWith('{'))
        {
            errors.Add("发文字号要以机关代字开头，例如“乌召关发”。");
        }
        if (text.Contains('第', StringComparison.Ordinal))
        {
            errors.Add("发文字号中不加“第”字（如 乌召关发〔2023〕3号）。");
        }
        return errors;
    }

    /// <summary>The printed number, e.g. 乌召关发〔2023〕3号. Half-width brackets become 〔〕 as the standard writes them.</summary>
    public static string Format(string pattern, int year, int sequence) =>
        pattern.Trim()
            .Replace(YearPlaceholder, year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(NumberPlaceholder, sequence.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace('[', '〔').Replace(']', '〕').Replace('［', '〔').Replace('］', '〕');

    /// <summary>A 成文日期 typed in the form: a real date, not after today, not before the plan's year.</summary>
    public static FieldError? CheckDate(string field, string? text, DateOnly today, int earliestYear, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return new FieldError(field, "请填写日期，格式如 2023-12-31。");
        }

        // Read as every other date field reads (2023/4/5, 2023年4月5日 too), and refused with the same words.
        if (Infrastructure.Time.DateText.Parse(text) is not { } typed)
        {
            return new FieldError(field, Infrastructure.Time.DateField.FormatMessage);
        }

        date = typed;
        if (date > today)
        {
            return new FieldError(field, $"日期不能晚于今天（{today.Year}年{today.Month}月{today.Day}日）：公文不能预先签署。");
        }
        if (date.Year < earliestYear)
        {
            return new FieldError(field, $"日期不能早于{earliestYear}年1月1日。");
        }
        return null;
    }

    /// <summary>A number typed by hand (to match a paper register): a positive whole number.</summary>
    public static FieldError? CheckSequence(string field, string? text, out int? sequence)
    {
        sequence = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > 9999)
        {
            return new FieldError(field, "序号要填1到9999之间的整数，不加“第”字和前导零；不填则自动取下一个号。");
        }
        sequence = n;
        return null;
    }

    private static int Count(string text, string placeholder)
    {
        var count = 0;
        for (var i = text.IndexOf(placeholder, StringComparison.Ordinal); i >= 0; i = text.IndexOf(placeholder, i + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
