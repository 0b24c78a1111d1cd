using Guangong.Web.Features.Activities;

namespace Guangong.Web.Tests.Activities;

/// <summary>When a volunteer may check in by code and which time counts, for an activity on 2026-12-08 from 08:00 to 11:30 (Beijing time).</summary>
public sealed class ActivityHoursTests
{
    private static readonly Activity Talk = new()
    {
        Date = new DateOnly(2026, 12, 8), StartTime = new TimeOnly(8, 0), EndTime = new TimeOnly(11, 30), Status = ActivityStatus.Planned,
    };

    /// <summary>A Beijing time of that day as UTC.</summary>
    private static DateTime At(int hour, int minute) => new DateTime(2026, 12, 8, hour, minute, 0, DateTimeKind.Utc).AddHours(-8);

    [Fact]
    public void Check_in_opens_half_an_hour_before_the_start_and_closes_at_the_end()
    {
        Assert.Equal("活动08:00开始，开始前半小时起可以签到。", ActivityHours.RefusesCheckIn(Talk, At(0, 14)));
        Assert.Null(ActivityHours.RefusesCheckIn(Talk, At(7, 30)));
        Assert.Null(ActivityHours.RefusesCheckIn(Talk, At(11, 30)));
        Assert.Equal("活动已于11:30结束，不能再签到。", ActivityHours.RefusesCheckIn(Talk, At(11, 31)));
        Assert.NotNull(ActivityHours.RefusesCheckIn(new Activity { Date = Talk.Date, Status = ActivityStatus.Draft }, At(9, 0)));
        Assert.Null(ActivityHours.RefusesCheckIn(new Activity { Date = Talk.Date, Status = ActivityStatus.Planned }, At(0, 5))); // no times: all day
    }

    [Fact]
    public void Only_the_time_within_the_activity_counts()
    {
        Assert.Equal((At(8, 0), At(11, 30)), ActivityHours.Served(Talk, At(7, 40), At(12, 15)));
        Assert.Equal((At(9, 10), At(10, 0)), ActivityHours.Served(Talk, At(9, 10), At(10, 0)));
        Assert.Equal("活动08:00才开始，开始后才能签退。", ActivityHours.RefusesCheckOut(Talk, At(7, 50)));
        Assert.Null(ActivityHours.RefusesCheckOut(Talk, At(8, 0)));
    }
}
