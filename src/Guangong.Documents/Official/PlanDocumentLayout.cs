using System.Text.RegularExpressions;
using Guangong.Documents.Plans;

namespace Guangong.Documents.Official;

/// <summary>
/// Lays a parsed plan out as an official document: sections become 一、 headings, items keep their
/// numbers, "一是…二是…" enumerations run on inside their paragraph as they were written, and the
/// roster becomes the 附件 page. The plan is printed from what the officer reviewed, not re-typed.
/// </summary>
public static partial class PlanDocumentLayout
{
    private const int MaxHeadingLength = 40;

    [GeneratedRegex(@"^(?<unit>\D{2,20}?)(?:\d{4}|[〇零一二三四五六七八九]{4})年")]
    private static partial Regex UnitBeforeYear();

    [GeneratedRegex(@"^\s*\d{1,2}(?<point>[．.])", RegexOptions.Multiline)]
    private static partial Regex ArabicItem();

    /// <param name="rosterTitle">Title of the roster page; by default "{unit}关工委组成成员" from the plan title's leading unit.</param>
    /// <param name="sourceText">The imported text, when there is one: its items keep the point they were written with ("1．" or "1.").</param>
    public static OfficialDocument ToOfficialDocument(PlanDocument plan, string? rosterTitle = null, string? sourceText = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var point = ItemPoint(sourceText);
        var title = string.IsNullOrWhiteSpace(plan.Title) ? "关心下一代工作计划" : plan.Title.Trim();
        var body = new List<OfficialBlock>();
        AddParagraphs(body, plan.Preamble);
        foreach (var section in plan.Sections)
        {
            AddSection(body, section, point);
        }

        var appendices = new List<OfficialAppendix>();
        var attachments = new List<string>();
        if (plan.Roster.Count > 0)
        {
            var name = string.IsNullOrWhiteSpace(rosterTitle) ? DefaultRosterTitle(title) : rosterTitle.Trim();
            attachments.Add(name);
            appendices.Add(new OfficialAppendix(name, [new OfficialRoster(plan.Roster.Select(m => new OfficialRosterRow(m.Role, m.Name, m.Post)).ToList())]));
        }

        return new OfficialDocument
        {
            Title = title,
            Body = body,
            Attachments = attachments,
            Appendices = appendices,
            IssuerSignature = plan.Issuer,
            Date = plan.Date,
        };
    }

    private static void AddSection(List<OfficialBlock> body, PlanSection section, string point)
    {
        var heading = section.Heading.Trim();
        if (heading.Length > 0)
        {
            body.Add(new OfficialHeading(section.Level, SectionTitle.Format(section.Number, heading)));
        }
        else if (section.Number.Length > 0)
        {
            body.Add(new OfficialHeading(1, section.Number + "、"));
        }

        var inline = section.Items.Where(IsInlineEnumeration).ToList();
        if (inline.Count > 0 && inline.Count == section.Items.Count)
        {
            // "主要有以下几项重点工作：一是…。二是…。" stays one paragraph, as written.
            var joined = string.Concat(inline.Select(i => InlineMarker(i.Number) + i.Text.Replace("\n", string.Empty, StringComparison.Ordinal)));
            var lines = (section.Text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (lines.Count == 0)
            {
                lines.Add(joined);
            }
            else
            {
                lines[^1] += joined;
            }
            AddParagraphs(body, string.Join("\n", lines));
            return;
        }

        AddParagraphs(body, section.Text);
        foreach (var item in section.Items)
        {
            AddItem(body, item, point);
        }
    }

    private static void AddItem(List<OfficialBlock> body, PlanItem item, string point)
    {
        var paragraphs = item.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (paragraphs.Count == 0)
        {
            return;
        }
        var number = item.Number;
        if (number.StartsWith('（') && number.Length > 2 && !char.IsAsciiDigit(number[1]))
        {
            // （一） under 一、 is a second-level heading; a run-in sentence after it is its own paragraph.
            var (heading, rest) = SplitHeading(paragraphs[0]);
            // A lone sentence "（一）…。" is an item of its section, not a heading over nothing.
            if (heading.Length is > 0 and <= MaxHeadingLength && (rest.Length > 0 || paragraphs.Count > 1))
            {
                body.Add(new OfficialHeading(2, number + heading));
                paragraphs[0] = rest;
                AddParagraphs(body, string.Join("\n", paragraphs));
                return;
            }
        }
        paragraphs[0] = ItemMarker(number, point) + paragraphs[0];
        AddParagraphs(body, string.Join("\n", paragraphs));
    }

    private static bool IsInlineEnumeration(PlanItem item) =>
        item.Number.EndsWith('是') || item.Number.StartsWith('其');

    private static string InlineMarker(string number) => number.StartsWith('其') ? number + "，" : number;

    /// <summary>The marker as GB/T 9704 writes it: "1." for Arabic items (or the point the source used), others as numbered.</summary>
    private static string ItemMarker(string number, string point)
    {
        if (number.Length > 0 && number.All(char.IsAsciiDigit))
        {
            return number + point;
        }
        if (number.Length > 0 && number.All(c => "一二三四五六七八九十".Contains(c)))
        {
            return number + "、";
        }
        return number.EndsWith('条') ? number + "　" : number;
    }

    private static (string Heading, string Remainder) SplitHeading(string text)
    {
        var stop = text.IndexOfAny(['。', '！', '？', '；']);
        if (stop < 0)
        {
            return (text.TrimEnd('，', '、'), string.Empty);
        }
        return (text[..stop], text[(stop + 1)..].Trim());
    }

    private static void AddParagraphs(List<OfficialBlock> body, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }
        body.AddRange(text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => new OfficialParagraph(l)));
    }

    /// <summary>The point most Arabic items of the source were written with; the standard's "." without a source.</summary>
    private static string ItemPoint(string? sourceText) =>
        string.IsNullOrEmpty(sourceText) ? "." : ArabicItem().Matches(sourceText).GroupBy(m => m.Groups["point"].Value).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? ".";

    private static string DefaultRosterTitle(string planTitle)
    {
        var match = UnitBeforeYear().Match(planTitle);
        return (match.Success ? match.Groups["unit"].Value : string.Empty) + "关工委组成成员";
    }
}
