namespace Guangong.Web.Features.Activities;

/// <summary>
/// The plan tasks an activity may serve as evidence of. Plans sit above activities (a task reads its linked
/// activities), so activities ask through this port and the plans slice answers (<c>AddPlansFeature()</c>).
/// </summary>
public interface IPlanTaskCatalog
{
    /// <summary>
    /// The tasks assigned within the user's scope, newest plan first, each with a short label; of a scope with more than
    /// the form can list (a province's 54,000), those assigned to the scope's own unit and <paramref name="keep"/>, Trimmed.
    /// </summary>
    Task<(IReadOnlyList<(long TaskId, string Label)> Items, bool Trimmed)> ChoicesAsync(long? keep, CancellationToken ct);

    /// <summary>Whether the task is assigned to a unit within the user's scope, so an activity may name it.</summary>
    Task<bool> IsAssignedInScopeAsync(long taskId, CancellationToken ct);
}
