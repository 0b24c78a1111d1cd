using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Tests.Dates;

/// <summary>A date field reads the four ways people write a date, nothing else, and only dates that make sense for their kind.</summary>
public sealed class DateFieldTests
{
    private static readonly DateOnly Today = new(2023, 6, 1);

    [Theory]
    [InlineData("2023-04-05")]
    [InlineData("2023/4/5")]
    [InlineData("2023年4月5日")]
    [InlineData("2023.4.5")]
    [InlineData(" 2023年 4月 5日 ")]
    public void The_four_ways_people_write_a_date_are_read(string text)
    {
        var errors = new List<FieldError>();
        Assert.Equal(new DateOnly(2023, 4, 5), DateField.Read(text, DateKind.Event, Today, "Date", errors));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("2023-06-02")]
    [InlineData("2024-11-30")]
    [InlineData("2030-01-01")]
    public void Something_done_is_never_later_than_today_and_is_told_so_not_given_a_range(string text)
    {
        var errors = new List<FieldError>();
        Assert.Null(DateField.Read(text, DateKind.Happened, Today, "Date", errors));
        Assert.Equal("日期不能晚于今天（2023年6月1日）。", Assert.Single(errors).Message);
        Assert.Equal(Today, DateField.Read("2023-06-01", DateKind.Happened, Today, "Date", errors));
    }

    [Theory]
    [InlineData("2023")]
    [InlineData("45021")]
    [InlineData("45021.5")]
    [InlineData("2023-4/5")]
    [InlineData("4/5/2023")]
    [InlineData("April 5, 2023")]
    [InlineData("2023-02-30")]
    [InlineData("20230405")]
    public void Anything_else_is_an_error_not_a_date(string text)
    {
        var errors = new List<FieldError>();
        Assert.Null(DateField.Read(text, DateKind.Event, Today, "Date", errors));
        Assert.Equal(DateField.FormatMessage, Assert.Single(errors).Message);
    }

    [Theory]
    [InlineData("0001-01-01", DateKind.Term)]
    [InlineData("9999-12-31", DateKind.Term)]
    [InlineData("1905-07-15", DateKind.Event)]
    [InlineData("2026-06-02", DateKind.Event)]
    [InlineData("1899-12-31", DateKind.Birth)]
    [InlineData("2023-06-02", DateKind.Birth)]
    [InlineData("2034-01-01", DateKind.Deadline)]
    public void A_date_outside_the_range_of_its_kind_is_refused(string text, DateKind kind)
    {
        var errors = new List<FieldError>();
        Assert.Null(DateField.Read(text, kind, Today, "Date", errors));
        Assert.StartsWith("日期不合理", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_field_is_an_error_only_when_required()
    {
        var errors = new List<FieldError>();
        Assert.Null(DateField.Read(" ", DateKind.Event, Today, "Date", errors));
        Assert.Empty(errors);
        Assert.Null(DateField.Read(null, DateKind.Event, Today, "Date", errors, "请填写日期。"));
        Assert.Equal("请填写日期。", Assert.Single(errors).Message);
    }

    [Fact]
    public void Only_a_spreadsheet_cell_turns_a_serial_into_a_date()
    {
        Assert.Null(DateText.Parse("45021"));
        Assert.Equal(new DateOnly(2023, 4, 5), DateText.FromExcelSerial(45021));
    }
}
