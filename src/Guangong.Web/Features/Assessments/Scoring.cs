using System.Globalization;
using Guangong.Web.Infrastructure.Commands;

namespace Guangong.Web.Features.Assessments;

/// <summary>The pure rules of scoring: which scores a criterion takes, the level a total reaches.</summary>
public static class Scoring
{
    /// <summary>Reads a typed score and checks it against the criterion; null when left empty.</summary>
    public static decimal? Read(string? text, TemplateCriterion criterion, string field, List<FieldError> errors)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }

        if (!decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score))
        {
            errors.Add(new FieldError(field, "得分应为数字，如 8 或 7.5。"));
            return null;
        }

        var message = Check(score, criterion);
        if (message is not null)
        {
            errors.Add(new FieldError(field, message));
            return null;
        }

        return score;
    }

    /// <summary>Null when the score is one this criterion can take, else why not.</summary>
    public static string? Check(decimal score, TemplateCriterion criterion)
    {
        if (score < 0)
        {
            return "得分不能为负数。";
        }

        if (score > criterion.MaxPoints)
        {
            return $"得分不能超过该项满分{criterion.MaxPoints}分。";
        }

        return criterion.Scoring switch
        {
            ScoringKind.MetOrNot when score != 0 && score != criterion.MaxPoints => $"该项按达标计分：达标{criterion.MaxPoints}分，不达标0分。",
            ScoringKind.Level when !LevelScores(criterion.MaxPoints).Contains(score) => $"该项按等级计分，只能是 {string.Join(" / ", LevelScores(criterion.MaxPoints).Select(Text))} 分（优/良/中/差）。",
            ScoringKind.Points when score * 2 != decimal.Truncate(score * 2) => "得分最小单位为0.5分。",
            _ => null,
        };
    }

    /// <summary>优, 良, 中, 差: all, 80 %, 60 % and none of the points, to half a point.</summary>
    public static decimal[] LevelScores(int max) =>
        [max, Math.Round(max * 0.8m * 2, MidpointRounding.AwayFromZero) / 2, Math.Round(max * 0.6m * 2, MidpointRounding.AwayFromZero) / 2, 0];

    public static string Text(decimal score) => score.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The level an assessment has reached once reviewed (未达合格 below every threshold); null before the review.</summary>
    public static string? ReviewedLevel(AssessmentStatus status, string? level) => status == AssessmentStatus.Reviewed ? level ?? "未达合格" : null;

    /// <summary>
    /// An assessment as a list names it: a level only once reviewed (a self-assessment's 100分 市优 is a claim, not an honour),
    /// a submitted one by its self-score awaiting review, a draft as in progress.
    /// </summary>
    public static string Standing(AssessmentStatus status, decimal total, string? level) => status switch
    {
        AssessmentStatus.Reviewed => $"{Text(total)}分 {ReviewedLevel(status, level)}",
        AssessmentStatus.Submitted => $"自评{Text(total)}分，待审核",
        _ => "自评中",
    };

    /// <summary>The highest level whose threshold the total reaches, or null (不合格).</summary>
    public static string? LevelOf(decimal total, IReadOnlyList<(string Name, decimal Min)> thresholds) =>
        thresholds.Where(t => total >= t.Min).OrderByDescending(t => t.Min).Select(t => t.Name).FirstOrDefault();
}

/// <summary>Thresholds as the officer writes them: "合格=60；区优=80；市优=90".</summary>
public static class LevelThresholds
{
    public static IReadOnlyList<(string Name, decimal Min)>? Parse(string? text)
    {
        var list = new List<(string, decimal)>();
        foreach (var part in (text ?? string.Empty).Split(['；', ';', '，', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split(['=', '＝', ':', '：'], StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || pair[0].Length is 0 or > 10
                || !decimal.TryParse(pair[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var min))
            {
                return null;
            }

            list.Add((pair[0], min));
        }

        return list.Count == 0 ? null : list;
    }

    public static string Format(IEnumerable<(string Name, decimal Min)> levels) =>
        string.Join("；", levels.OrderBy(l => l.Min).Select(l => $"{l.Name}={Scoring.Text(l.Min)}"));
}
