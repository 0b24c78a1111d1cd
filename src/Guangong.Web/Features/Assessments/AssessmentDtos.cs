namespace Guangong.Web.Features.Assessments;

public sealed record CriterionDto(long Id, string GroupName, string Text, int MaxPoints, string Scoring, bool EvidenceRequired, string? Guidance)
{
    public static CriterionDto From(TemplateCriterion c) => new(c.Id, c.GroupName, c.Text, c.MaxPoints, c.Scoring.ToString(), c.EvidenceRequired, c.Guidance);
}

public sealed record TemplateDto(long Id, string Program, string Name, int FromYear, int VersionNumber, bool IsCurrent, string Thresholds, IReadOnlyList<CriterionDto> Criteria, long Version)
{
    public static TemplateDto From(AssessmentTemplate t) =>
        new(t.Id, t.Program.ToString(), t.Name, t.FromYear, t.VersionNumber, t.IsCurrent, t.Thresholds, t.Criteria.Select(CriterionDto.From).ToList(), t.Version);
}

public sealed record ScoreDto(long CriterionId, int MaxPoints, decimal? SelfScore, string? Evidence, long? ActivityId, decimal? ReviewScore, string? ReviewComment);

public sealed record AssessmentDto(long Id, string Program, long SubjectId, string SubjectName, long UnitId, int Year, long TemplateId, string Status, decimal SelfTotal, decimal? ReviewTotal, string? Level, string? SubmittedBy, string? ReviewedBy, IReadOnlyList<ScoreDto> Scores, long Version)
{
    public static AssessmentDto From(Assessment a) => new(a.Id, a.Program.ToString(), a.SubjectId, a.SubjectName, a.UnitId, a.Year, a.TemplateId, a.Status.ToString(), a.SelfTotal, a.ReviewTotal, a.Level, a.SubmittedBy, a.ReviewedBy,
        a.Scores.Select(s => new ScoreDto(s.CriterionId, s.MaxPoints, s.SelfScore, s.Evidence, s.ActivityId, s.ReviewScore, s.ReviewComment)).ToList(), a.Version);
}

public sealed record StartAssessmentRequest(string? Program, long SubjectId, int Year);

public sealed record VersionRequest(long Version);
