using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Stations;

namespace Guangong.Web.Infrastructure.Generation;

/// <summary>
/// The 校外教育辅导站 of a town's villages and communities, at every stage, with their 区优 / 市优 honours; the town's
/// correspondents (通讯员), one for the town and one for most of its units (the 网格化制度).
/// </summary>
internal sealed partial class TownContent
{
    private static readonly (StationStage Item, int Weight)[] Stages =
        [(StationStage.Consolidating, 30), (StationStage.Passed, 25), (StationStage.Creating, 25), (StationStage.Planned, 20)];

    private static readonly string[] Hours = ["周六上午", "周六、周日下午", "周一至周五17:00—19:00", "寒暑假每天下午"];

    /// <summary>
    /// Most villages and communities host one (郑陆 三.2: every 村、社区关工委 runs one or is creating one). Drawn from a
    /// random of the town's own, so adding them left the seed's roster, activities and plans as they were.
    /// </summary>
    private void Stations(Unit town, IEnumerable<Unit> members, Batch batch)
    {
        var draw = new Random(TownSeed(town, 1));
        var picks = new ChineseNames(draw);
        foreach (var unit in members.Where(u => u.Kind == UnitKind.Committee && draw.Next(10) < 8))
        {
            var stage = picks.Weighted(Stages);
            var place = UnitNames.Place(unit.Name);
            var station = new Station
            {
                Id = ids.Station++, UnitId = unit.Id, UnitPath = unit.Path, Name = place + "校外教育辅导站", Stage = stage,
                CivilizationStation = stage == StationStage.Planned ? null : place + "新时代文明实践站",
                Master = stage == StationStage.Planned ? null : picks.Person(draw.Next(2) == 0),
                OpeningHours = stage == StationStage.Planned ? null : Hours[draw.Next(Hours.Length)],
                CreatedUtc = Utc(options.Until.AddYears(-options.Years)), Version = 1,
            };
            batch.Stations.Add(station);
            if (stage is StationStage.Passed or StationStage.Consolidating && draw.Next(2) == 0)
            {
                var year = options.Until.Year - 1 - draw.Next(3);
                batch.Honours.Add(new StationHonour { Id = ids.Honour++, StationId = station.Id, UnitId = unit.Id, UnitPath = unit.Path, Year = year, Title = "区优" });
                if (stage == StationStage.Consolidating && draw.Next(3) == 0 && year < options.Until.Year - 1)
                {
                    batch.Honours.Add(new StationHonour { Id = ids.Honour++, StationId = station.Id, UnitId = unit.Id, UnitPath = unit.Path, Year = year + 1, Title = "市优" });
                }
            }
        }
    }

    /// <summary>From a random of the town's own too (seeded apart from the stations'), so the rest of a seed's data is unchanged.</summary>
    private void Correspondents(Unit town, IEnumerable<Unit> members, Batch batch)
    {
        var draw = new Random(TownSeed(town, 2));
        var picks = new ChineseNames(draw);
        foreach (var unit in members.Where(u => u == town || draw.Next(10) < 9))
        {
            batch.Correspondents.Add(new Features.Committees.Correspondent
            {
                Id = ids.Correspondent++, UnitId = unit.Id, UnitPath = unit.Path, Name = picks.Person(draw.Next(2) == 0), Phone = picks.Phone(),
                FromDate = options.Until.AddYears(-options.Years), CreatedUtc = Utc(options.Until.AddYears(-options.Years)), Version = 1,
            });
        }
    }

    /// <summary>A seed of the run's seed, the town and the part drawn (not <see cref="HashCode"/>, which differs from one process to the next).</summary>
    private int TownSeed(Unit town, int part) => unchecked((((options.Seed * 1_000_003) + (int)town.Id) * 31) + part);
}
