using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;

namespace Guangong.Web.Features.Safety.Water;

public static class WaterEndpoints
{
    public static IEndpointRouteBuilder MapWaterEndpoints(this IEndpointRouteBuilder app)
    {
        var waters = app.MapGroup("/api/v1/water-bodies").RequireAuthorization().WithTags("防溺水");
        waters.MapGet("/", async (string? sort, string? desc, WaterDirectory directory, CancellationToken ct) =>
            (await directory.ListAsync(sort, QueryValue.Flag(desc), ct)).Select(WaterDto.From))
            .WithSummary("范围内的水域及最近巡逻日期（sort=name|kind|unit|risk|last，desc=1 倒序）");
        waters.MapPost("/", async (WaterBodyInput input, WaterCommands records, CancellationToken ct) =>
            (await records.SaveAsync(null, input, ct)).ToHttpResult(w => new { w.Id, w.Name, kind = w.Kind.ToString(), w.Latitude, w.Longitude, w.Version }, "/api/v1/water-bodies"))
            .RequireAuthorization(Policies.CanRecordActivities)
            .WithSummary("登记水域：name、kind（River/Lake/Nur/Reservoir/Pond/Canal）、unitId、latitude/longitude（中国境内）、risk（Low/Medium/High）……");

        var patrols = app.MapGroup("/api/v1/patrols").RequireAuthorization().WithTags("防溺水");
        patrols.MapGet("/", async (string? open, WaterDirectory directory, CancellationToken ct) =>
            (await directory.PatrolsAsync(null, QueryValue.Flag(open), ct)).Select(p => new { p.Id, p.Volunteer, p.Waters, p.StartUtc, p.EndUtc, p.Hours, p.ChildrenDissuaded, p.Hazards, p.Version }))
            .WithSummary("最近的巡逻（open=1 只列未签退的）");
        patrols.MapPost("/check-in", async (CheckInInput input, PatrolCommands records, CancellationToken ct) =>
            (await records.CheckInAsync(input, ct)).ToHttpResult(PatrolDto.From, "/api/v1/patrols"))
            .RequireAuthorization(Policies.CanPatrolWater)
            .WithSummary("巡逻签到：waterBodyIds、date、time（如 09:30）、volunteerId（五老本人签到时不填）");
        patrols.MapPost("/{id:long}/check-out", async (long id, CheckOutInput input, PatrolCommands records, CancellationToken ct) =>
            (await records.CheckOutAsync(id, input, ct)).ToHttpResult(PatrolDto.From))
            .RequireAuthorization(Policies.CanPatrolWater)
            .WithSummary("巡逻签退：date、time（晚于签到，不超过12小时）、childrenDissuaded、hazards、version");
        return app;
    }
}

public sealed record WaterDto(long Id, string Name, string Kind, string KindName, string Unit, string Risk, bool HasWarningSigns, bool HasRescueEquipment, string? Equipment, string? ResponsiblePerson, double? Latitude, double? Longitude, DateTime? LastPatrolUtc)
{
    public static WaterDto From(WaterRow w) => new(w.Id, w.Name, w.Kind.ToString(), EnumText.Of(w.Kind), w.UnitName, w.Risk.ToString(), w.Signs, w.Rescue, w.Equipment, w.Responsible, w.Latitude, w.Longitude, w.LastPatrolUtc);
}

public sealed record PatrolDto(long Id, long VolunteerId, DateTime StartUtc, DateTime? EndUtc, int ChildrenDissuaded, string? Hazards, long Version)
{
    public static PatrolDto From(Patrol p) => new(p.Id, p.VolunteerId, p.StartUtc, p.EndUtc, p.ChildrenDissuaded, p.Hazards, p.Version);
}
