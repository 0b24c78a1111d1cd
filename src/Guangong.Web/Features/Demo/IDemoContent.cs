namespace Guangong.Web.Features.Demo;

/// <summary>
/// A feature's share of the demo towns (its volunteers, leadership teams, plans …). Each feature
/// registers one with <c>services.AddScoped&lt;IDemoContent, …&gt;()</c>; the seeder runs them in
/// <see cref="Order"/> after the units and accounts exist, only on a fresh demo database, under
/// the system scope.
/// </summary>
public interface IDemoContent
{
    /// <summary>Lower runs first; a feature that links to another's records runs after it.</summary>
    int Order { get; }

    Task AddAsync(DemoUnitIds units, CancellationToken ct);
}
