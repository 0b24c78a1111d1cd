using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Safety.Photos;
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
            (await records.SaveAsync(null, input, ct)).ToHttpResult(WaterSavedDto.From, "/api/v1/water-bodies"))
            .RequireAuthorization(Policies.CanRecordActivities)
            .WithSummary("登记水域：name、kind（River/Lake/Nur/Reservoir/Pond/Canal）、unitId、latitude/longitude（中国境内）、risk（Low/Medium/High）……");

        waters.MapPut("/{id:long}", async (long id, WaterBodyInput input, WaterCommands records, CancellationToken ct) =>
            (await records.SaveAsync(id, input, ct)).ToHttpResult(WaterSavedDto.From))
            .RequireAuthorization(Policies.CanRecordActivities)
            .WithSummary("修改水域（字段同登记，带 version；版本过期 409）");

        var rota = app.MapGroup("/api/v1/water-rota").RequireAuthorization().WithTags("防溺水");
        rota.MapGet("/", async (string? year, WaterDirectory directory, CancellationToken ct) =>
            (await directory.RotaAsync(QueryValue.Year(year) ?? directory.Today.Year, ct)).Select(RotaDto.From))
            .WithSummary("暑期巡逻排班（year，默认今年）：水域 × 五老 × 起止日期");
        rota.MapPost("/", async (RotaInput input, WaterCommands records, CancellationToken ct) =>
            (await records.AddRotaLineAsync(input, ct)).ToHttpResult(RotaSavedDto.From, "/api/v1/water-rota"))
            .RequireAuthorization(Policies.CanRecordActivities)
            .WithSummary("排班：waterBodyId、volunteerId（在册五老）、fromDate、toDate（不超过半年）");

        var incidents = app.MapGroup("/api/v1/water-incidents").RequireAuthorization().WithTags("防溺水");
        incidents.MapGet("/", async (string? year, WaterDirectory directory, CancellationToken ct) =>
            (await directory.IncidentsAsync(QueryValue.Year(year) ?? directory.Today.Year, ct)).Select(IncidentDto.From))
            .WithSummary("险情与溺水记录（year，默认今年）：只有人数，没有姓名");
        incidents.MapPost("/", async (IncidentInput input, WaterCommands records, CancellationToken ct) =>
            (await records.AddIncidentAsync(QueryValue.Long(input.UnitId) ?? -1, input, ct)).ToHttpResult(i => IncidentDto.From(i), "/api/v1/water-incidents"))
            .RequireAuthorization(Policies.CanRecordActivities)
            .WithSummary("记录险情或溺水：date、waterBodyId（或 unitId）、place、kind（NearMiss/Drowning）、minorsInvolved、rescued、deaths、outcome；不写姓名");

        var patrols = app.MapGroup("/api/v1/patrols").RequireAuthorization().WithTags("防溺水");
        patrols.MapGet("/", async (string? open, WaterDirectory directory, SafetyPhotos photos, CancellationToken ct) =>
        {
            var rows = await directory.PatrolsAsync(null, QueryValue.Flag(open), ct);
            var pictures = (await photos.ListAsync(PhotoOf.Patrol, rows.Select(r => r.Id).ToList(), ct)).ToLookup(p => p.RecordId);
            return rows.Select(r => PatrolRowDto.From(r, pictures[r.Id]));
        }).WithSummary("最近的巡逻（open=1 只列未签退的；photos 为照片及下载地址）");
        patrols.MapPost("/check-in", async (HttpRequest request, PatrolCommands records, SafetyPhotos photos, CancellationToken ct) =>
        {
            var (input, uploads, error) = await PhotoApiInput.ReadAsync<CheckInInput>(request, "checkIn", ct);
            return error ?? await AnswerAsync(await records.CheckInAsync(input!, uploads, ct), photos, "/api/v1/patrols", ct);
        }).RequireAuthorization(Policies.CanPatrolWater).DisableAntiforgery().WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(100L * 1024 * 1024))
            .WithSummary("巡逻签到：JSON，或 multipart（字段 checkIn 为JSON，照片为 photos 文件）。字段：waterBodyIds、date、time（如 09:30）、volunteerId（五老本人签到时不填）");
        patrols.MapPost("/{id:long}/check-out", async (long id, HttpRequest request, PatrolCommands records, SafetyPhotos photos, CancellationToken ct) =>
        {
            var (input, uploads, error) = await PhotoApiInput.ReadAsync<CheckOutInput>(request, "checkOut", ct);
            return error ?? await AnswerAsync(await records.CheckOutAsync(id, input!, uploads, ct), photos, null, ct);
        }).RequireAuthorization(Policies.CanPatrolWater).DisableAntiforgery().WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(100L * 1024 * 1024))
            .WithSummary("巡逻签退：JSON，或 multipart（字段 checkOut 为JSON，照片为 photos 文件）。字段：date、time（晚于签到，不超过12小时）、childrenDissuaded、hazards、version");
        patrols.MapPut("/{id:long}", async (long id, PatrolEditInput input, PatrolCommands records, CancellationToken ct) =>
            (await records.CorrectAsync(id, input, ct)).ToHttpResult(PatrolDto.From))
            .RequireAuthorization(Policies.CanRecordActivities)
            .WithSummary("更正巡逻：startDate/startTime、endDate/endTime、childrenDissuaded、hazards、version；服务时长随之更正");
        patrols.MapDelete("/{id:long}", async (long id, string? version, PatrolCommands records, CancellationToken ct) =>
        {
            var result = await records.DeleteAsync(id, QueryValue.Long(version) ?? -1, ct);
            return result.Succeeded ? Results.NoContent() : result.ToHttpResult(PatrolDto.From);
        })
            .RequireAuthorization(Policies.CanRecordActivities)
            .WithSummary("删除误录的巡逻（?version=），其服务时长冲销、照片一并删除");
        return app;
    }

    private static async Task<IResult> AnswerAsync(Infrastructure.Commands.CommandResult<Patrol> result, SafetyPhotos photos, string? createdAt, CancellationToken ct)
    {
        var saved = result.Value is { } p ? await photos.ListAsync(PhotoOf.Patrol, [p.Id], ct) : [];
        return result.ToHttpResult(p => PatrolDto.From(p, saved), result.Succeeded ? createdAt : null);
    }
}

public sealed record RotaDto(long Id, string Water, string Volunteer, DateOnly FromDate, DateOnly ToDate)
{
    public static RotaDto From(RotaRow r) => new(r.Id, r.Water, r.Volunteer, r.FromDate, r.ToDate);
}

public sealed record IncidentDto(long Id, DateOnly Date, long? WaterBodyId, string? Water, string Place, string Kind, string KindName, int MinorsInvolved, int Rescued, int Deaths, string? Outcome)
{
    public static IncidentDto From(DrowningIncident i) => new(i.Id, i.Date, i.WaterBodyId, i.WaterBody?.Name, i.Place, i.Kind.ToString(), EnumText.Of(i.Kind), i.MinorsInvolved, i.Rescued, i.Deaths, i.Outcome);
}

public sealed record WaterDto(long Id, string Name, string Kind, string KindName, string Unit, string Risk, bool HasWarningSigns, bool HasRescueEquipment, string? Equipment, string? ResponsiblePerson, double? Latitude, double? Longitude, DateTime? LastPatrolUtc)
{
    public static WaterDto From(WaterRow w) => new(w.Id, w.Name, w.Kind.ToString(), EnumText.Of(w.Kind), w.UnitName, w.Risk.ToString(), w.Signs, w.Rescue, w.Equipment, w.Responsible, w.Latitude, w.Longitude, w.LastPatrolUtc);
}

public sealed record PatrolDto(long Id, long VolunteerId, DateTime StartUtc, DateTime? EndUtc, int ChildrenDissuaded, string? Hazards, long Version, IReadOnlyList<PhotoDto> Photos)
{
    public static PatrolDto From(Patrol p) => From(p, []);

    public static PatrolDto From(Patrol p, IEnumerable<PhotoRow> photos) => new(p.Id, p.VolunteerId, p.StartUtc, p.EndUtc, p.ChildrenDissuaded, p.Hazards, p.Version, photos.Select(x => PhotoDto.From(PhotoOf.Patrol, x)).ToList());
}

public sealed record WaterSavedDto(long Id, string Name, string Kind, double? Latitude, double? Longitude, long Version)
{
    public static WaterSavedDto From(WaterBody w) => new(w.Id, w.Name, w.Kind.ToString(), w.Latitude, w.Longitude, w.Version);
}

public sealed record RotaSavedDto(long Id, long WaterBodyId, long VolunteerId, DateOnly FromDate, DateOnly ToDate)
{
    public static RotaSavedDto From(PatrolRotaLine r) => new(r.Id, r.WaterBodyId, r.VolunteerId, r.FromDate, r.ToDate);
}

public sealed record PatrolRowDto(long Id, string Volunteer, IReadOnlyList<string> Waters, DateTime StartUtc, DateTime? EndUtc, decimal? Hours, int ChildrenDissuaded, string? Hazards, long Version, IReadOnlyList<PhotoDto> Photos)
{
    public static PatrolRowDto From(PatrolRow p, IEnumerable<PhotoRow> photos) => new(p.Id, p.Volunteer, p.Waters, p.StartUtc, p.EndUtc, p.Hours, p.ChildrenDissuaded, p.Hazards, p.Version, photos.Select(x => PhotoDto.From(PhotoOf.Patrol, x)).ToList());
}
