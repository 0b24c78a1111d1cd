using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Safety.Water;

namespace Guangong.Web.Tests.Activities;

/// <summary>A check-in's and a patrol's hours follow one rule: to the nearest tenth, a tenth at least, a long day at most.</summary>
public sealed class ServiceSpanTests
{
    private static readonly DateTime Start = new(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1, "0.1")]       // out at once: counted, not dropped
    [InlineData(3, "0.1")]       // the walk's three-minute patrol, which had counted 0 and left the volunteer's record
    [InlineData(57, "1.0")]
    [InlineData(77, "1.3")]
    [InlineData(81, "1.4")]      // 1.35 h: a half rounds up
    [InlineData(13 * 60, "12")]  // forgotten till the next day: a long day
    public void Timed_service_counts_its_length_to_a_tenth(int minutes, string expected)
    {
        var end = Start.AddMinutes(minutes);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ServiceSpan.Hours(Start, end));
        Assert.Equal(ServiceSpan.Hours(Start, end), PatrolRules.Hours(Start, end));
    }
}
