using System.Text;
using Guangong.Documents.Plans;

namespace Guangong.Documents.Tests.Plans;

/// <summary>The real seeds, damaged the way conversions damage them; the result must not change.</summary>
public partial class PlanTextParserDegradedSeedTests
{
    [Theory]
    [InlineData(SeedFiles.Zhenglu, 28)]
    [InlineData(SeedFiles.Wushenzhao, 28)]
    [InlineData(SeedFiles.Zhenglu, 20)]
    [InlineData(SeedFiles.Wushenzhao, 20)]
    [InlineData(SeedFiles.Zhenglu, 33)]
    [InlineData(SeedFiles.Wushenzhao, 33)]
    [InlineData(SeedFiles.Zhenglu, 40)]
    [InlineData(SeedFiles.Wushenzhao, 40)]
    [InlineData(SeedFiles.Zhenglu, 50)]
    [InlineData(SeedFiles.Wushenzhao, 50)]
    public void Hard_wrapped_seed_with_page_headers_parses_like_the_original(string seed, int width)
    {
        var text = SeedFiles.ReadText(seed);
        var expected = PlanTextParser.Parse(text);

        var degraded = WithPageHeaders(HardWrap(text, width));
        var actual = PlanTextParser.Parse(degraded);

        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Issuer, actual.Issuer);
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.Sections.Select(s => s.Heading), actual.Sections.Select(s => s.Heading));
        Assert.Equal(expected.Sections.Select(s => s.Items.Count), actual.Sections.Select(s => s.Items.Count));
        Assert.Equal(AllItemTexts(expected), AllItemTexts(actual));
        Assert.Equal(expected.Roster, actual.Roster);
        Assert.Contains(actual.Warnings, w => w.Contains("关工委网"));
    }

    [Theory]
    [InlineData(SeedFiles.Zhenglu)]
    [InlineData(SeedFiles.Wushenzhao)]
    public void Seed_with_ascii_punctuation_parses_like_the_original(string seed)
    {
        var text = SeedFiles.ReadText(seed);
        var expected = PlanTextParser.Parse(text);

        var actual = PlanTextParser.Parse(ToAsciiPunctuation(text));

        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.Sections.Select(s => s.Items.Count), actual.Sections.Select(s => s.Items.Count));
        Assert.Equal(expected.Roster.Select(m => m.Name), actual.Roster.Select(m => m.Name));
    }

    [Fact]
    public void Seed_starting_at_section_two_keeps_the_remaining_sections()
    {
        var text = SeedFiles.ReadText(SeedFiles.Zhenglu);
        var fromSectionTwo = text[text.IndexOf("二、开展", StringComparison.Ordinal)..];

        var plan = PlanTextParser.Parse(fromSectionTwo);

        Assert.Null(plan.Title);
        Assert.Equal([3, 2, 2, 2, 3], plan.Sections.Select(s => s.Items.Count));
    }

    /// <summary>
    /// Item texts without line breaks and spaces: a wrap that falls after 。 starts a new paragraph,
    /// and a space at a wrap point is trimmed with the line.
    /// </summary>
    private static List<string> AllItemTexts(PlanDocument plan) =>
        plan.Sections.SelectMany(s => s.Items).Select(i => string.Concat(i.Text.Where(c => c is not ('\n' or ' ')))).ToList();

    private static string HardWrap(string text, int width)
    {
        var builder = new StringBuilder();
        // Wrapping happens on the visible text, so the converter's bookmark tag is not counted.
        foreach (var line in text.Replace("[bookmark: _GoBack]", "", StringComparison.Ordinal).Split('\n'))
        {
            var trimmed = line.TrimEnd();
            if (trimmed.Length <= width || trimmed.StartsWith(' ') || RosterRow().IsMatch(trimmed))
            {
                builder.Append(trimmed).Append('\n');
                continue;
            }
            for (var start = 0; start < trimmed.Length; start += width)
            {
                builder.Append(trimmed.AsSpan(start, Math.Min(width, trimmed.Length - start))).Append('\n');
            }
        }
        return builder.ToString();
    }

    // A converter keeps a roster table's rows whole (主    任：…, 副 主 任：…, 成    员：…). Said here
    // rather than asked of the parser's own roster reader, which is what the test checks.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:主|副\s*主|成|秘\s*书|干)\s*(?:任|员|长|事)\s*[:：]")]
    private static partial System.Text.RegularExpressions.Regex RosterRow();

    private static string WithPageHeaders(string text)
    {
        var lines = text.Split('\n').ToList();
        var page = 1;
        for (var i = 25; i < lines.Count - 15; i += 25)
        {
            lines.Insert(i, $"- {page++} -");
            lines.Insert(i + 1, "镇关工委网 www.example.gov.cn");
        }
        lines.Add("镇关工委网 www.example.gov.cn");
        return string.Join("\n", lines);
    }

    private static string ToAsciiPunctuation(string text) =>
        text.Replace('，', ',').Replace('。', '.').Replace('；', ';').Replace('：', ':')
            .Replace('（', '(').Replace('）', ')').Replace('．', '.').Replace('！', '!').Replace('？', '?');
}
