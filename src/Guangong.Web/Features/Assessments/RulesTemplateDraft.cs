using System.Globalization;
using Guangong.Documents.Plans;
using Guangong.Web.Infrastructure.Text;

namespace Guangong.Web.Features.Assessments;

/// <summary>
/// A rules document (制度, 办法, 细则, 标准) read as a checklist: each article or item becomes a criterion scored
/// 达标/不达标, grouped by its chapter or section, with the article's full words as the guidance. It only fills
/// the template form; the officer sets points and levels and saves it, so nothing is stored unreviewed.
/// </summary>
public static class RulesTemplateDraft
{
    private const int GroupMax = 40;
    private const int GuidanceMax = 500;

    public static TemplateInput From(PlanDocument rules, string? program)
    {
        var input = new TemplateInput
        {
            Program = program ?? nameof(ProgramKind.Station),
            Name = rules.Title is { Length: <= 100 } title ? title : null,
            FromYear = rules.Date?.Year.ToString(CultureInfo.InvariantCulture),
        };
        var group = "基本要求";
        foreach (var section in rules.Sections)
        {
            var heading = section.Heading.Trim();
            if (section.Items.Count > 0)
            {
                group = Group(heading, group);
                input.Criteria.AddRange(section.Items.Select(item => Criterion(group, item.Text)));
            }
            else if (section.Number.StartsWith('第') && section.Number.EndsWith('章'))
            {
                // A chapter without items of its own names the group of the articles below it.
                group = Group(heading, group);
            }
            else
            {
                // An article read as a section ("第三条 …" in a rules text without chapters) is one requirement.
                input.Criteria.Add(Criterion(group, heading.Length > 0 && section.Text.Length > 0 ? $"{heading}。{section.Text}" : heading + section.Text));
            }
        }

        input.Criteria.RemoveAll(c => string.IsNullOrWhiteSpace(c.Text));
        input.Criteria.Add(new CriterionInput { GroupName = group });
        return input;
    }

    private static string Group(string heading, string fallback) => heading.Length is > 0 and <= GroupMax ? heading : fallback;

    /// <summary>The criterion is the first sentence (the requirement); the whole article stays beside it as guidance.</summary>
    private static CriterionInput Criterion(string group, string text)
    {
        var words = text.Replace("\n", string.Empty, StringComparison.Ordinal).Trim();
        var stop = words.IndexOfAny(['。', '；', '！']);
        var first = stop > 0 ? words[..(stop + 1)] : words;
        return new CriterionInput
        {
            GroupName = group,
            Text = first,
            MaxPoints = "1",
            Scoring = nameof(ScoringKind.MetOrNot),
            Guidance = first.Length < words.Length ? Sentences.Within(words, GuidanceMax) : null,
        };
    }
}
