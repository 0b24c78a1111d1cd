namespace Guangong.Web.Features.Publicity;

/// <summary>
/// The stations a public site lists, answered by the Stations slice (which sits above Publicity and may use it,
/// not the other way round). Called inside <see cref="PublicSite"/>'s read outside the scope.
/// </summary>
public interface IPublicStationDirectory
{
    /// <summary>The opened stations under the unit's path, one page: name, host, opening hours and the station's own phone.</summary>
    Task<(IReadOnlyList<PublicStation> Rows, int Total)> ListAsync(string unitPath, int skip, int take, CancellationToken ct);
}
