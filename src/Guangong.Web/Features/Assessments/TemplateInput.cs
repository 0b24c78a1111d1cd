namespace Guangong.Web.Features.Assessments;

/// <summary>A template as the form and the API post it; every non-text field is text, checked with Chinese messages.</summary>
public sealed class TemplateInput
{
    public string? Program { get; set; }

    public string? Name { get; set; }

    public string? FromYear { get; set; }

    public string? Thresholds { get; set; }

    public List<CriterionInput> Criteria { get; set; } = [];

    public long Version { get; set; }

    public static TemplateInput From(AssessmentTemplate t, int blankLines = 2) => new()
    {
        Program = t.Program.ToString(),
        Name = t.Name,
        FromYear = t.FromYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Thresholds = t.Thresholds,
        Version = t.Version,
        Criteria = t.Criteria.Select(c => new CriterionInput
        {
            GroupName = c.GroupName,
            Text = c.Text,
            MaxPoints = c.MaxPoints.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Scoring = c.Scoring.ToString(),
            EvidenceRequired = c.EvidenceRequired,
            Guidance = c.Guidance,
        }).Concat(Enumerable.Range(0, blankLines).Select(_ => new CriterionInput { GroupName = t.Criteria.LastOrDefault()?.GroupName })).ToList(),
    };
}

/// <summary>One criterion line; a line whose text is left empty is dropped.</summary>
public sealed class CriterionInput
{
    public string? GroupName { get; set; }

    public string? Text { get; set; }

    public string? MaxPoints { get; set; }

    public string? Scoring { get; set; }

    public bool EvidenceRequired { get; set; }

    public string? Guidance { get; set; }
}
