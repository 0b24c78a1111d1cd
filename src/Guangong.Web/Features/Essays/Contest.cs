using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Essays;

/// <summary>
/// An essay contest (征文活动) run by a unit for the units below it: the town's own, or a call from
/// above (省关工委's) that the town forwards, said by <see cref="Level"/> and <see cref="Organiser"/>.
/// </summary>
public class Contest : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    /// <summary>The unit that runs it here (receives the submissions, assigns judges, gives awards).</summary>
    public long UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>Who called it, as printed: "江苏省关工委", or the unit itself.</summary>
    public string Organiser { get; set; } = string.Empty;

    public ContestLevel Level { get; set; }

    public string Theme { get; set; } = string.Empty;

    /// <summary>The groups open, as member names separated by commas ("LowerPrimary,UpperPrimary").</summary>
    public string Groups { get; set; } = string.Empty;

    public DateOnly StartsOn { get; set; }

    public DateOnly SubmissionDeadline { get; set; }

    /// <summary>No score is accepted after this day.</summary>
    public DateOnly JudgingDeadline { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    /// <summary>The score sheet: one criterion a line, "思想内容:40".</summary>
    public string Criteria { get; set; } = string.Empty;

    /// <summary>The units that may submit (ids separated by commas); empty means every unit below.</summary>
    public string ParticipatingUnitIds { get; set; } = string.Empty;

    /// <summary>With three judges or more, the highest and the lowest total are left out of the average.</summary>
    public bool DropExtremes { get; set; }

    /// <summary>A piece is flagged when its judges' totals lie further apart than this.</summary>
    public decimal DisagreementPoints { get; set; } = 15;

    public AwardMode AwardMode { get; set; }

    /// <summary>Per group: how many pieces get each award (Counts), or the minimum average (Thresholds); First, Second, Third, Merit.</summary>
    public decimal FirstValue { get; set; }

    public decimal SecondValue { get; set; }

    public decimal ThirdValue { get; set; }

    public decimal MeritValue { get; set; }

    /// <summary>The date printed on the certificates and the recommendation list, typed by the organiser when the awards are set.</summary>
    public DateOnly? AwardsOn { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }

    /// <summary>
    /// Called by another body (江苏省关工委) and forwarded here: the organiser typed is none of the names the unit goes by
    /// (its name, the full name it signs with). Otherwise the unit's own contest.
    /// </summary>
    public bool IsCalledFromAbove(params string?[] ownNames) => NamesAnotherBody(Organiser, ownNames);

    /// <summary>Whether an organiser as typed names a body other than the unit (none of <paramref name="ownNames"/>).</summary>
    public static bool NamesAnotherBody(string? organiser, params string?[] ownNames) =>
        !string.IsNullOrWhiteSpace(organiser) && !ownNames.Contains(organiser.Trim(), StringComparer.Ordinal);

    /// <summary>
    /// Whether the level chosen agrees with the organiser typed, for a contest run by a unit of <paramref name="unitLevel"/>:
    /// a call from above names its caller and has the caller's level; the unit's own contest names no one else. The level
    /// select starts at 镇级, so a forwarded call saved with it unchanged would go up as the town's own 获奖名单.
    /// </summary>
    /// <returns>The field to mark and what to say, or null when they agree.</returns>
    public static (string Field, string Message)? LevelDisagrees(ContestLevel level, UnitLevel unitLevel, bool namesAnotherBody)
    {
        // Below a town (a school, a village) the lowest level offered, 镇级, is the unit's own.
        var above = (int)level + 1 < Math.Min((int)unitLevel, (int)UnitLevel.Town);
        return (above, namesAnotherBody) switch
        {
            (true, false) => (nameof(ContestInput.Organiser), "上级举办的征文，请填写主办单位，如“江苏省关工委”。"),
            (false, true) => (nameof(ContestInput.Level), "主办单位是上级时，请选上级的活动级别；本单位自己主办的，请把主办单位留空。"),
            _ => null,
        };
    }

    public IReadOnlyList<EssayGroup> GroupList =>
        [.. Groups.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(g => Components.Shared.EnumText.Parse<EssayGroup>(g)).Where(g => g is not null).Select(g => g!.Value)];

    public IReadOnlyList<long> ParticipantIds =>
        [.. ParticipatingUnitIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => long.TryParse(s, out var v) ? v : 0).Where(v => v > 0)];

    public IReadOnlyList<ContestCriterion> CriterionList => ContestCriterion.Parse(Criteria);
}

public sealed record ContestCriterion(string Name, int MaxPoints)
{
    public static IReadOnlyList<ContestCriterion> Parse(string? text) =>
        [.. (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Replace('：', ':').Split(':', 2))
            .Where(p => p.Length == 2 && int.TryParse(p[1].Trim(), out _))
            .Select(p => new ContestCriterion(p[0].Trim(), int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)))];

    public static string Text(IEnumerable<ContestCriterion> criteria) => string.Join("\n", criteria.Select(c => $"{c.Name}:{c.MaxPoints}"));
}

/// <summary>A judge of a contest's group: any user, named by the organiser. Never scores a piece of their own unit.</summary>
public class ContestJudge : IUnitOwned
{
    public long Id { get; set; }

    public long ContestId { get; set; }

    public long UserId { get; set; }

    public string JudgeName { get; set; } = string.Empty;

    /// <summary>The judge's own unit when assigned: pieces of this unit are not theirs to score.</summary>
    public long? JudgeUnitId { get; set; }

    public EssayGroup Group { get; set; }

    /// <summary>The contest's unit.</summary>
    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;
}

/// <summary>
/// A piece entered by a school, village or community (the unit that owns it). The author's personal
/// fields are a minor's data: kept out of the audit trail, shown to the submitting unit and the
/// organiser, never on a judge's sheet (judges see <see cref="Code"/>).
/// </summary>
public class Submission : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long ContestId { get; set; }

    public Contest? Contest { get; set; }

    /// <summary>The submitting unit; for a student, their school.</summary>
    public long UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public EssayGroup Group { get; set; }

    /// <summary>The anonymous code on the judges' sheet, e.g. "B017".</summary>
    public string Code { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>Paragraphs separated by line breaks.</summary>
    public string Text { get; set; } = string.Empty;

    public int CharacterCount { get; set; }

    /// <summary>SHA-256 of the letters and digits: the same text twice in a contest has the same one.</summary>
    public string Fingerprint { get; set; } = string.Empty;

    [KeptOutOfAudit]
    public string AuthorName { get; set; } = string.Empty;

    [KeptOutOfAudit]
    public string? Grade { get; set; }

    [KeptOutOfAudit]
    public string? ClassName { get; set; }

    /// <summary>The advising teacher or 五老.</summary>
    public string? Adviser { get; set; }

    /// <summary>The uploaded file's name, often the student's name: kept out of the audit trail too.</summary>
    [KeptOutOfAudit]
    public string? SourceFileName { get; set; }

    /// <summary>The same text was already entered in this contest (by code).</summary>
    public string? DuplicateOf { get; set; }

    public bool UnderLength { get; set; }

    public bool OverLength { get; set; }

    /// <summary>Set when the organiser fixes the awards.</summary>
    public AwardLevel? Award { get; set; }

    public decimal? FinalScore { get; set; }

    public int? Rank { get; set; }

    public long CreatedByUserId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }

    public List<SubmissionImage> Images { get; set; } = [];
}

/// <summary>One judge's score sheet for one piece: points per criterion, in the criteria's order.</summary>
public class SubmissionScore : IUnitOwned
{
    public long Id { get; set; }

    public long ContestId { get; set; }

    public long SubmissionId { get; set; }

    public long JudgeUserId { get; set; }

    /// <summary>Points per criterion, separated by commas.</summary>
    public string Points { get; set; } = string.Empty;

    public decimal Total { get; set; }

    public string? Comment { get; set; }

    public DateTime ScoredUtc { get; set; }

    /// <summary>The contest's unit: the organiser owns the sheets, not the school.</summary>
    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;
}
