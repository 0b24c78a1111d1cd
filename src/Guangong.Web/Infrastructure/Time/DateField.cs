using Guangong.Web.Infrastructure.Commands;

namespace Guangong.Web.Infrastructure.Time;

/// <summary>What a date means, and so which dates are believable for it.</summary>
public enum DateKind
{
    /// <summary>A leadership term's start or end.</summary>
    Term,

    /// <summary>Something that happened or is planned: an activity, a visit, a training, a status change, progress.</summary>
    Event,

    /// <summary>A deadline: a rule's, a task's.</summary>
    Deadline,

    /// <summary>The period a correspondent serves.</summary>
    Service,

    /// <summary>A person's birth date.</summary>
    Birth,

    /// <summary>Something already done and reported: progress, an incident. Never later than today.</summary>
    Happened,
}

/// <summary>
/// The one reader of a date field, used by every validator that serves a form, a spreadsheet and
/// the API: the text must be a date as people write it (<see cref="DateText.Parse"/>) and lie in
/// the range its kind allows. A stored date outside these ranges would be a typing error at best,
/// and at worst a value that breaks date arithmetic on every page that shows it.
/// </summary>
public static class DateField
{
    public const string FormatMessage = "日期格式应如 2023-04-05、2023/4/5 或 2023年4月5日。";

    public static (DateOnly Min, DateOnly Max) Range(DateKind kind, DateOnly today) => kind switch
    {
        DateKind.Term => (new DateOnly(1980, 1, 1), today.AddYears(10)),
        DateKind.Event => (new DateOnly(2000, 1, 1), today.AddYears(2)),
        DateKind.Deadline => (new DateOnly(2000, 1, 1), today.AddYears(10)),
        DateKind.Service => (new DateOnly(1990, 1, 1), today.AddYears(10)),
        DateKind.Birth => (new DateOnly(1900, 1, 1), today),
        DateKind.Happened => (new DateOnly(2000, 1, 1), today),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// The date in <paramref name="text"/>, or null with a message added to <paramref name="errors"/>
    /// when it is not a date or out of range. An empty field is null without a message unless it is required.
    /// </summary>
    public static DateOnly? Read(string? text, DateKind kind, DateOnly today, string field, List<FieldError> errors, string? requiredMessage = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (requiredMessage is not null)
            {
                errors.Add(new FieldError(field, requiredMessage));
            }

            return null;
        }

        if (DateText.ParseAnyYear(text) is not { } date)
        {
            errors.Add(new FieldError(field, FormatMessage));
            return null;
        }

        if (OutOfRange(date, kind, today) is { } message)
        {
            errors.Add(new FieldError(field, message));
            return null;
        }

        return date;
    }

    /// <summary>Why a parsed date is not believable for its kind, or null.</summary>
    public static string? OutOfRange(DateOnly date, DateKind kind, DateOnly today)
    {
        var (min, max) = Range(kind, today);
        if (kind == DateKind.Happened && date > max)
        {
            // A range up to today reads as a contradiction beside "不能晚于今天"; say the rule itself.
            return $"日期不能晚于今天（{ChinaTime.Date(today)}）。";
        }

        return date < min || date > max
            ? $"日期不合理：应在 {ChinaTime.Date(min)} 至 {ChinaTime.Date(max)} 之间，请核对。"
            : null;
    }
}
