using Guangong.Web.Components.Shared;

namespace Guangong.Web.Features.Publicity;

// The /api/v1/articles and /api/v1/publicity answers. Property names are the JSON names (camelCase on the wire).

public sealed record ArticleRowDto(long Id, string Title, string Kind, string Status, DateOnly WrittenOn, string Unit, string? FirstAuthor, int Adoptions)
{
    public static ArticleRowDto From(ArticleRow r) => new(r.Id, r.Title, EnumText.Of(r.Kind), EnumText.Of(r.Status), r.WrittenOn, r.UnitName, r.FirstAuthor, r.Adoptions);
}

public sealed record ArticleDto(long Id, string Title, string Kind, string Status, DateOnly WrittenOn, string Unit, string Body, long? ActivityId, bool IsPublic, long Version,
    IReadOnlyList<ArticleAuthorDto> Authors, IReadOnlyList<ArticleImageDto> Images, IReadOnlyList<ArticleStepDto> Steps, IReadOnlyList<ArticleAdoptionDto> Adoptions)
{
    public static ArticleDto From(Article a) => new(a.Id, a.Title, EnumText.Of(a.Kind), EnumText.Of(a.Status), a.WrittenOn, a.Unit?.Name ?? string.Empty, a.Body, a.ActivityId, a.IsPublic, a.Version,
        [.. a.Authors.Select(x => new ArticleAuthorDto(x.CorrespondentId, x.Correspondent?.Name, x.Correspondent?.Unit?.Name, x.Position == 0))],
        [.. a.Images.Select(i => new ArticleImageDto(i.Id, i.FileName, i.Width, i.Height, $"/publicity/images/{i.Id}"))],
        [.. a.Steps.Select(s => new ArticleStepDto(EnumText.Of(s.Action), s.UserName, s.AtUtc, s.Comment))],
        [.. a.Adoptions.Select(ArticleAdoptionDto.From)]);
}

public sealed record ArticleAuthorDto(long CorrespondentId, string? Name, string? Unit, bool First);

public sealed record ArticleImageDto(long Id, string FileName, int Width, int Height, string Url);

public sealed record ArticleStepDto(string Action, string By, DateTime AtUtc, string? Comment);

public sealed record ArticleAdoptionDto(long Id, string? Outlet, string? Level, DateOnly Date, string? Link, string? PageIssue, string? Clipping)
{
    public static ArticleAdoptionDto From(Adoption x) => new(x.Id, x.Outlet?.Name, x.Outlet is null ? null : EnumText.Of(x.Outlet.Level), x.Date, x.Link, x.PageIssue,
        x.ClippingKey is null ? null : $"/publicity/adoptions/{x.Id}/clipping");
}

/// <summary>What is saved now of an article a command refused (the 409 answer's current value).</summary>
public sealed record ArticleStateDto(long Id, long Version, string Title, string Status)
{
    public static ArticleStateDto From(Article a) => new(a.Id, a.Version, a.Title, EnumText.Of(a.Status));
}

/// <summary>GET /api/v1/publicity/scores: a month's figures per unit and per correspondent.</summary>
public sealed record MonthScoresDto(int Year, int Month, bool Closed, int Submitted, int Adopted, IReadOnlyList<UnitScoreDto> Units, IReadOnlyList<PersonScoreDto> People, IReadOnlyList<string> UnitsWithNothing)
{
    public static MonthScoresDto From(MonthReport r) => new(r.Year, r.Month, r.Closed, r.Submitted, r.Adopted,
        [.. r.Units.Select(UnitScoreDto.From)], [.. r.People.Select(PersonScoreDto.From)], r.UnitsWithNothing);
}

/// <summary>A unit's month: adoptions by outlet level, keyed by the level's Chinese name.</summary>
public sealed record UnitScoreDto(long UnitId, string Name, int Submitted, Dictionary<string, int> AdoptedByLevel, decimal Points)
{
    public static UnitScoreDto From(UnitMonthLine u) => new(u.UnitId, u.Name, u.Submitted, Levels(u.AdoptedByLevel), u.Points);

    private static Dictionary<string, int> Levels(int[] counts) =>
        Enum.GetValues<OutletLevel>().ToDictionary(l => EnumText.Of(l), l => counts[(int)l - 1]);
}

public sealed record PersonScoreDto(long CorrespondentId, string Name, string Unit, int Submitted, int Adopted, decimal Points, int Quota, bool QuotaMet)
{
    public static PersonScoreDto From(PersonMonthLine p) => new(p.CorrespondentId, p.Name, p.UnitName, p.Submitted, p.Adopted, p.Points, p.Quota, p.QuotaMet);
}

/// <summary>GET /api/v1/publicity/rules: the year's scoring rule and whether it is the unit's own.</summary>
public sealed record ScoringRuleDto(int Year, bool Own, List<string?> Points, bool HighestLevelOnce, string Share, int VillageQuota, int OtherQuota, decimal InstructionBonus, decimal AwardBonus, long Version)
{
    public static ScoringRuleDto From(ScoringRule rule, bool own) => new(rule.Year, own, RuleInput.From(rule).Points, rule.HighestLevelOnce, rule.Share.ToString(),
        rule.VillageQuota, rule.OtherQuota, rule.InstructionBonus, rule.AwardBonus, rule.Version);
}

/// <summary>A monthly bulletin issued by the unit, with the address of its file when it has one.</summary>
public sealed record BulletinDto(int Year, int Month, string? Number, string? Title, DateOnly? DocumentDate, string? File)
{
    public static BulletinDto From(BulletinRow b) => new(b.Year, b.Month, b.Number, b.Title, b.DocumentDate, b.DocumentId is { } id ? FileUrl(id) : null);

    public static string FileUrl(long documentId) => $"/api/v1/publicity/bulletins/{documentId}/file";
}

/// <summary>A bulletin just issued: the month it closed and its registered document.</summary>
public sealed record IssuedBulletinDto(int Year, int Month, long? DocumentId, string File)
{
    public static IssuedBulletinDto From(PublicityMonthClosure c) => new(c.Year, c.Month, c.IssuedDocumentId, $"/api/v1/publicity/bulletins/{c.IssuedDocumentId}/file");
}

/// <summary>The month a refused bulletin was for (the 409 answer's current value).</summary>
public sealed record BulletinMonthDto(int Year, int Month);

public sealed record BulletinStepDto(string Action, string User, DateTime AtUtc, string? Comment);

/// <summary>A month's 通报稿: its text, whether approved, and every step's who and when.</summary>
public sealed record BulletinDraftDto(int Year, int Month, string Title, string Text, string Status, long Version, IReadOnlyList<BulletinStepDto> Steps)
{
    public static BulletinDraftDto From(BulletinDraft d) => new(d.Year, d.Month, d.Title, d.Text,
        d.IssuedDocumentId is not null ? "已印发" : d.ApprovedByUserId is not null ? "已审核" : "待审核", d.Version,
        [.. d.Steps.OrderBy(s => s.Id).Select(s => new BulletinStepDto(Components.Shared.EnumText.Of(s.Action), s.UserName, s.AtUtc, s.Comment))]);
}
