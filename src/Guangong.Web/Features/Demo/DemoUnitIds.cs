namespace Guangong.Web.Features.Demo;

/// <summary>The ids of the demo units by their (unique) name, as created by the seeder.</summary>
public sealed class DemoUnitIds(IReadOnlyDictionary<string, long> ids)
{
    public long this[string unitName] => ids.TryGetValue(unitName, out var id)
        ? id
        : throw new KeyNotFoundException($"No demo unit named {unitName}.");

    public IEnumerable<string> Names => ids.Keys;
}
