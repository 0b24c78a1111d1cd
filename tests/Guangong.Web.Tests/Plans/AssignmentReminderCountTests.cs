using Guangong.Web.Features.Plans;

namespace Guangong.Web.Tests.Plans;

/// <summary>The start page's task counts stop at a cap (a province's open assignments are counted no further than that).</summary>
public sealed class AssignmentReminderCountTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1000, "1000")]
    [InlineData(1001, "1000+")]
    public void A_count_past_the_cap_reads_as_the_cap_and_more(int count, string text)
    {
        var reminders = new AssignmentReminders(count, count, []);

        Assert.Equal((text, text), (reminders.TotalText, reminders.OverdueText));
    }
}
