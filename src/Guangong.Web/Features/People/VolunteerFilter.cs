using Guangong.Web.Components.Shared;

namespace Guangong.Web.Features.People;

/// <summary>
/// The roster list's filters as they appear in the query string (all text, so a hand-edited URL
/// never fails the page). Shared by the page, the Excel export and the API.
/// </summary>
public sealed record VolunteerFilter(
    string? Q = null,
    string? Category = null,
    string? Layer = null,
    string? Status = null,
    string? Age = null,
    string? Unit = null,
    string? Sort = null,
    string? Desc = null)
{
    public static readonly (string Key, string Text, int Min, int Max)[] AgeBands =
    [
        ("lt60", "60岁以下", 0, 59),
        ("60s", "60—69岁", 60, 69),
        ("70s", "70—79岁", 70, 79),
        ("80+", "80岁及以上", 80, 200),
    ];

    public VolunteerStatus? StatusValue => VolunteerRules.ParseStatus(Status);

    public long? UnitId => QueryValue.Long(Unit);

    public bool Descending => QueryValue.Flag(Desc);

    public bool IsAll => Status == "all";

    public string Describe() => string.Join("；", new[]
    {
        Q is { Length: > 0 } ? $"含“{Q}”" : null,
        Category is { Length: > 0 } ? $"类别={Category}" : null,
        Layer is { Length: > 0 } ? $"层级={Layer}" : null,
        StatusValue is { } s ? $"状态={EnumText.Of(s)}" : IsAll ? "全部状态" : "在册",
        AgeBands.FirstOrDefault(b => b.Key == Age).Text is { } a ? $"年龄={a}" : null,
        UnitId is { } u ? $"单位编号={u}" : null,
    }.Where(s => s is not null));
}
