namespace Guangong.Web.Features.Committees;

/// <summary>
/// Decides whether a leadership team meets a rule, now and over time. Pure: it sees only the
/// positions with their terms, so the answer for any date follows from the data alone.
/// </summary>
public static class RuleEvaluator
{
    public sealed record Seat(string Role, bool Vacant, bool FiveElder, DateOnly? From, DateOnly? To)
    {
        public bool Covers(DateOnly d) => (From is null || From <= d) && (To is null || To >= d);
    }

    public static bool Meets(RuleKind kind, IEnumerable<Seat> team, DateOnly date)
    {
        var seated = team.Where(s => s.Covers(date)).ToList();
        return kind switch
        {
            RuleKind.DirectorSet => seated.Any(s => s.Role == "主任" && !s.Vacant),
            RuleKind.SecretaryOrStaffSet => seated.Any(s => s.Role is "秘书长" or "干事" && !s.Vacant),
            RuleKind.FiveElderOnTeam => seated.Any(s => s.FiveElder && !s.Vacant),
            RuleKind.NoVacancy => seated.Count > 0 && seated.All(s => !s.Vacant),
            _ => true,
        };
    }

    /// <summary>
    /// The first day of the current stretch of failing the rule, or null when it is met today.
    /// The team changes only when a term starts or the day after one ends, so those are the only
    /// days to look at.
    /// </summary>
    public static DateOnly? FailingSince(RuleKind kind, IReadOnlyCollection<Seat> team, DateOnly today, DateOnly? recordsStart)
    {
        if (Meets(kind, team, today))
        {
            return null;
        }

        // The day after a term ends; a term that never ends (or ends on the last representable day,
        // stored before dates were range-checked) changes nothing.
        var changes = team.SelectMany(s => new[] { s.From, s.To < DateOnly.MaxValue ? s.To.Value.AddDays(1) : (DateOnly?)null })
            .Where(d => d is not null && d <= today)
            .Select(d => d!.Value)
            .Distinct()
            .OrderDescending();
        var since = recordsStart is { } start && start <= today ? start : today;
        foreach (var day in changes)
        {
            // Walking back from today: the latest change after which the team failed all along.
            if (day > DateOnly.MinValue && Meets(kind, team, day.AddDays(-1)))
            {
                return day;
            }
        }

        // Failing for as long as there are records.
        var earliest = team.Select(s => s.From).Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty(since).Min();
        return earliest < since ? earliest : since;
    }
}
