using Guangong.Web.Features.Committees;

namespace Guangong.Web.Tests.Committees;

public sealed class RuleEvaluatorTests
{
    private static readonly DateOnly Today = new(2024, 3, 1);

    private static RuleEvaluator.Seat Seat(string role, string? from = null, string? to = null, bool vacant = false, bool fiveElder = false) =>
        new(role, vacant, fiveElder, from is null ? null : DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to));

    [Fact]
    public void A_team_with_a_director_meets_the_director_rule()
    {
        RuleEvaluator.Seat[] team = [Seat("主任", "2021-01-01"), Seat("成员", "2021-01-01")];
        Assert.Null(RuleEvaluator.FailingSince(RuleKind.DirectorSet, team, Today, null));
        Assert.Equal(new DateOnly(2021, 1, 1), RuleEvaluator.FailingSince(RuleKind.SecretaryOrStaffSet, team, Today, null));
    }

    [Fact]
    public void A_director_who_left_makes_the_team_fail_from_the_day_after_their_term()
    {
        RuleEvaluator.Seat[] team = [Seat("主任", "2021-01-01", "2023-06-30"), Seat("主任", "2023-07-01", vacant: true), Seat("干事", "2021-01-01")];
        Assert.Equal(new DateOnly(2023, 7, 1), RuleEvaluator.FailingSince(RuleKind.DirectorSet, team, Today, null));
        Assert.Equal(new DateOnly(2023, 7, 1), RuleEvaluator.FailingSince(RuleKind.NoVacancy, team, Today, null));
        Assert.True(RuleEvaluator.Meets(RuleKind.DirectorSet, team, new DateOnly(2023, 6, 30)));
    }

    [Fact]
    public void A_team_that_failed_then_recovered_then_failed_again_counts_only_the_current_stretch()
    {
        RuleEvaluator.Seat[] team = [Seat("五老成员", "2022-01-01", "2022-12-31", fiveElder: true), Seat("主任", "2020-01-01")];
        Assert.Equal(new DateOnly(2023, 1, 1), RuleEvaluator.FailingSince(RuleKind.FiveElderOnTeam, team, Today, null));
    }

    [Fact]
    public void A_committee_without_any_seat_fails_since_its_records_start()
    {
        Assert.Equal(new DateOnly(2023, 2, 1), RuleEvaluator.FailingSince(RuleKind.DirectorSet, [], Today, new DateOnly(2023, 2, 1)));
        Assert.False(RuleEvaluator.Meets(RuleKind.NoVacancy, [], Today));
    }

    [Fact]
    public void Secretary_or_staff_is_met_by_either()
    {
        Assert.True(RuleEvaluator.Meets(RuleKind.SecretaryOrStaffSet, [Seat("秘书长")], Today));
        Assert.True(RuleEvaluator.Meets(RuleKind.SecretaryOrStaffSet, [Seat("干事")], Today));
        Assert.False(RuleEvaluator.Meets(RuleKind.SecretaryOrStaffSet, [Seat("干事", vacant: true)], Today));
    }

    [Fact]
    public void A_failing_rule_is_worded_without_contradicting_itself()
    {
        var rule = new LeadershipRule { Kind = RuleKind.DirectorSet, DueDate = new DateOnly(2023, 12, 31) };

        Assert.Equal("（自2023年6月1日起；期限2023年12月31日，已逾期）", new RuleResult(rule, new DateOnly(2023, 6, 1), Overdue: true).FailingText(hasTeam: true));
        Assert.Equal("（自2023年6月1日起；期限2023年12月31日）", new RuleResult(rule, new DateOnly(2023, 6, 1), Overdue: false).FailingText(hasTeam: true));
        // Records that begin after the deadline: not "since 2026, due 2023".
        Assert.Equal("（期限2023年12月31日，已逾期；自2026年12月3日有记录以来一直未达标）", new RuleResult(rule, new DateOnly(2026, 12, 3), Overdue: true).FailingText(hasTeam: true));
        Assert.Equal("（尚未录入班子；期限2023年12月31日，已逾期）", new RuleResult(rule, new DateOnly(2026, 12, 3), Overdue: true).FailingText(hasTeam: false));
        Assert.Equal(string.Empty, new RuleResult(rule, null, Overdue: false).FailingText(hasTeam: true));
    }
}
