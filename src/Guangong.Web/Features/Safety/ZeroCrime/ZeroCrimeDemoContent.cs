using Guangong.Web.Features.Demo;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Safety.ZeroCrime;

/// <summary>郑陆's villages and community over three years (巩固未成年人零犯罪村（社区）, 郑陆 四), from the police station's figures.</summary>
public sealed class ZeroCrimeDemoContent(GuangongDbContext db) : IDemoContent
{
    public int Order => 63;

    public async Task AddAsync(DemoUnitIds units, CancellationToken ct)
    {
        var paths = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        foreach (var village in new[] { "焦溪村关工委", "舜山村关工委", "查家村关工委", "三河口村关工委", "郑陆社区关工委" })
        {
            for (var year = 2021; year <= 2023; year++)
            {
                var id = units[village];
                var (state, offences, note) = (village, year) switch
                {
                    ("三河口村关工委", 2022) => (ZeroCrimeState.NotAchieved, 1, "一名未成年人盗窃被行政处罚，已纳入关爱帮教"),
                    ("郑陆社区关工委", 2023) => (ZeroCrimeState.Pending, 0, "派出所年度数据尚未反馈"),
                    _ => (ZeroCrimeState.Achieved, 0, (string?)null),
                };
                db.ZeroCrimeStatuses.Add(new ZeroCrimeStatus
                {
                    UnitId = id, UnitPath = paths[id], Year = year, State = state, Offences = offences, Note = note,
                    Source = state == ZeroCrimeState.Pending ? null : "郑陆派出所", ReceivedOn = state == ZeroCrimeState.Pending ? null : new DateOnly(year + 1, 1, 15),
                    SetByName = "郑陆镇关工委干事", UpdatedUtc = DateTime.UtcNow,
                });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
