using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
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

        api.MapGet("/{id:long}/inspections", async (long id, string? year, CafeDirectory cafes, GuangongDbContext db, CancellationToken ct) =>
        {
            if (await db.FindInScopeAsync<InternetCafe>(id, ct) is null)
            {
                return Results.NotFound();
            }

            var rows = await cafes.InspectionsAsync(id, QueryValue.Year(year), ct);
            return Results.Ok(rows.Select(InspectionDto.From));
        }).WithSummary("某网吧的检查记录（只有人数，没有未成年人姓名）");

        api.MapPost("/{id:long}/inspections", async (long id, InspectionInput input, InspectionCommands records, CancellationToken ct) =>
        {
            var result = await records.RecordAsync(id, input, ct);
            return result.ToHttpResult(InspectionSavedDto.From,
                result.Value is { } v ? $"/api/v1/cafes/{id}/inspections" : null);
        }).RequireAuthorization(Policies.CanInspectCafes)
            .WithSummary("记录一次检查：date、time（如 20:30）、volunteerId（监督员；五老本人记录时不填）、hours、minorsFound、signPresent/idChecksDone（是/否）、problems、followUpTo（None/Police/CultureEnforcement）、followUpOutcome");
        return app;
    }
}

public sealed record InspectionDto(long Id, DateTime InspectedUtc, string Volunteer, decimal Hours, int MinorsFound, bool SignPresent, bool IdChecksDone, string? Problems, string FollowUpTo, string FollowUpToName, string? FollowUpOutcome, long Version)
{
    public static InspectionDto From(InspectionRow i) => new(i.Id, i.InspectedUtc, i.Volunteer, i.Hours, i.MinorsFound, i.SignPresent, i.IdChecksDone, i.Problems, i.FollowUpTo.ToString(), EnumText.Of(i.FollowUpTo), i.FollowUpOutcome, i.Version);
}

public sealed record CafeDto(long Id, string Name, string Unit, string? Address, bool IsOpen, int PerMonth, int ThisMonth, bool Overdue, DateTime? LastInspectedUtc, IReadOnlyList<string> Supervisors)
{
    public static CafeDto From(CafeRow c) => new(c.Id, c.Name, c.UnitName, c.Address, c.IsOpen, c.PerMonth, c.ThisMonth, c.Overdue, c.LastInspectedUtc, c.Supervisors);
}

public sealed record InspectionSavedDto(long Id, long CafeId, DateTime InspectedUtc, decimal Hours, int MinorsFound, bool SignPresent, bool IdChecksDone, string FollowUpTo, string? FollowUpOutcome, long Version)
{
    public static InspectionSavedDto From(CafeInspection i) => new(i.Id, i.CafeId, i.InspectedUtc, i.Hours, i.MinorsFound, i.SignPresent, i.IdChecksDone, i.FollowUpTo.ToString(), i.FollowUpOutcome, i.Version);
}
