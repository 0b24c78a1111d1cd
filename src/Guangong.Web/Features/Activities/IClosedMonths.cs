namespace Guangong.Web.Features.Activities;

/// <summary>
/// Port: whether a month's figures of a unit were closed (关账) by it or a unit above, answered by Statistics.
/// The form asks before saving so the refusal stands with the other field messages; the save still checks.
/// </summary>
public interface IClosedMonths
{
    /// <summary>The sentence refusing a change of these (unit path, day) months, or null when none is closed.</summary>
    Task<string?> RefusalAsync(IReadOnlyCollection<(string UnitPath, DateOnly Date)> months, CancellationToken ct = default);
}
