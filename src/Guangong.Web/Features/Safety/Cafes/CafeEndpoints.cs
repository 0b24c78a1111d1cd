using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Safety.Photos;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Safety.Cafes;

public static class CafeEndpoints
{
    public static IEndpointRouteBuilder MapCafeEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/cafes").RequireAuthorization().WithTags("网吧义务监督");
        api.MapGet("/", async (string? overdue, CafeDirectory cafes, CancellationToken ct) =>
            (await cafes.ListAsync(QueryValue.Flag(overdue), ct)).Select(CafeDto.From))
            .WithSummary("范围内的网吧及本月检查进度（overdue=1 只列未按期检查的）");

        api.MapGet("/{id:long}/inspections", async (long id, string? year, CafeDirectory cafes, SafetyPhotos photos, GuangongDbContext db, CancellationToken ct) =>
        {
            if (await db.FindInScopeAsync<InternetCafe>(id, ct) is null)
            {
                return Results.NotFound();
            }

            var rows = await cafes.InspectionsAsync(id, QueryValue.Year(year), ct);
            var pictures = (await photos.ListAsync(PhotoOf.CafeInspection, rows.Select(r => r.Id).ToList(), ct)).ToLookup(p => p.RecordId);
            return Results.Ok(rows.Select(r => InspectionDto.From(r, pictures[r.Id])));
        }).WithSummary("某网吧的检查记录（只有人数，没有未成年人姓名；photos 为照片及下载地址）");

        api.MapPost("/{id:long}/inspections", async (long id, HttpRequest request, InspectionCommands records, SafetyPhotos photos, CancellationToken ct) =>
        {
            var (input, uploads, error) = await PhotoApiInput.ReadAsync<InspectionInput>(request, "inspection", ct);
            if (error is not null)
            {
                return error;
            }

            var result = await records.RecordAsync(id, input!, uploads, ct);
            var saved = result.Value is { } v ? await photos.ListAsync(PhotoOf.CafeInspection, [v.Id], ct) : [];
            return result.ToHttpResult(i => InspectionSavedDto.From(i, saved), result.Value is not null ? $"/api/v1/cafes/{id}/inspections" : null);
        }).RequireAuthorization(Policies.CanInspectCafes).DisableAntiforgery().WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(100L * 1024 * 1024))
            .WithSummary("记录一次检查：JSON，或 multipart（字段 inspection 为JSON，照片为 photos 文件，jpg/png/webp）。字段：date、time（如 20:30）、volunteerId（监督员；五老本人记录时不填）、hours、minorsFound、signPresent/idChecksDone（是/否）、problems、followUpTo（None/Police/CultureEnforcement）、followUpOutcome");

        api.MapDelete("/{id:long}/inspections/{inspectionId:long}", async (long id, long inspectionId, string? version, InspectionCommands records, CancellationToken ct) =>
        {
            var result = await records.DeleteAsync(inspectionId, QueryValue.Long(version) ?? -1, id, ct);
            return result.Succeeded ? Results.NoContent() : result.ToHttpResult(i => InspectionSavedDto.From(i, []));
        }).RequireAuthorization(Policies.CanRecordActivities)
            .WithSummary("删除误录的检查（?version=），其服务时长冲销、照片一并删除；所在月份已关账的不能删");
        return app;
    }
}

public sealed record InspectionDto(long Id, DateTime InspectedUtc, string Volunteer, decimal Hours, int MinorsFound, bool SignPresent, bool IdChecksDone, string? Problems, string FollowUpTo, string FollowUpToName, string? FollowUpOutcome, long Version, IReadOnlyList<PhotoDto> Photos)
{
    public static InspectionDto From(InspectionRow i, IEnumerable<PhotoRow> photos) => new(i.Id, i.InspectedUtc, i.Volunteer, i.Hours, i.MinorsFound, i.SignPresent, i.IdChecksDone, i.Problems, i.FollowUpTo.ToString(), EnumText.Of(i.FollowUpTo), i.FollowUpOutcome, i.Version,
        photos.Select(p => PhotoDto.From(PhotoOf.CafeInspection, p)).ToList());
}

public sealed record CafeDto(long Id, string Name, string Unit, string? Address, bool IsOpen, int PerMonth, int ThisMonth, bool Overdue, DateTime? LastInspectedUtc, IReadOnlyList<string> Supervisors)
{
    public static CafeDto From(CafeRow c) => new(c.Id, c.Name, c.UnitName, c.Address, c.IsOpen, c.PerMonth, c.ThisMonth, c.Overdue, c.LastInspectedUtc, c.Supervisors);
}

public sealed record InspectionSavedDto(long Id, long CafeId, DateTime InspectedUtc, decimal Hours, int MinorsFound, bool SignPresent, bool IdChecksDone, string FollowUpTo, string? FollowUpOutcome, long Version, IReadOnlyList<PhotoDto> Photos)
{
    public static InspectionSavedDto From(CafeInspection i, IEnumerable<PhotoRow> photos) => new(i.Id, i.CafeId, i.InspectedUtc, i.Hours, i.MinorsFound, i.SignPresent, i.IdChecksDone, i.FollowUpTo.ToString(), i.FollowUpOutcome, i.Version,
        photos.Select(p => PhotoDto.From(PhotoOf.CafeInspection, p)).ToList());
}
