namespace Guangong.Web.Infrastructure.Scoping;

/// <summary>Thrown by the write guard when a change touches a record outside the current scope.</summary>
public sealed class ScopeViolationException(string entity, string? unitPath)
    : InvalidOperationException($"Write to {entity} at '{unitPath}' is outside the current data scope.")
{
    public string Entity { get; } = entity;

    public string? UnitPath { get; } = unitPath;
}
