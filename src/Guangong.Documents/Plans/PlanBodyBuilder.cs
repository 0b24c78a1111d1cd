using System.Text;

namespace Guangong.Documents.Plans;

/// <summary>
/// Builds sections and items from the body lines: picks the outermost numbering style as sections and the
/// next one as items, checks that numbers run in sequence (so "一、二年级" is not a heading), and
/// re-joins lines that were hard-wrapped in mid-sentence.
/// </summary>
internal sealed class PlanBodyBuilder
{
    private readonly List<string> _warnings;
    private readonly List<StringBuilder> _preamble = [];
    private readonly List<SectionDraft> _sections = [];
    private readonly MarkerKind? _sectionKind;
    private readonly MarkerKind? _subsectionKind;
    private readonly int? _wrapWidth;
    private readonly string? _placeName;
    private readonly double _sourceFactor;
    private int? _lastSectionValue;
    private SectionDraft? _section;
    private ItemDraft? _item;
    private bool _previousLineOpen;
    private bool _headingPending;

    private PlanBodyBuilder(IReadOnlyList<string> lines, List<string> warnings, string? placeName, bool recovered)
    {
        _warnings = warnings;
        _placeName = placeName;
        // Lines the parser had to put back itself are less certain than lines as written.
        _sourceFactor = recovered ? 0.8 : 1.0;
        _sectionKind = FindSectionKind(lines);
        _subsectionKind = FindSubsectionKind(lines, _sectionKind);
        _wrapWidth = EstimateWrapWidth(lines);
    }

    public static (string? Preamble, List<PlanSection> Sections) Build(IReadOnlyList<string> lines, List<string> warnings, string? placeName = null, bool recovered = false)
    {
        var builder = new PlanBodyBuilder(lines, warnings, placeName, recovered);
        foreach (var line in lines)
        {
            builder.Add(line);
        }
        return builder.Finish();
    }

    private void Add(string line)
    {
        if (line.Length == 0)
        {
            _previousLineOpen = false;
            return;
        }
        if (_headingPending && _section is not null)
        {
            // "一、" stood alone; its heading is on the next line.
            _headingPending = false;
            StartSectionBody(_section, line, line);
            return;
        }
        var marker = NumberingMarker.Match(line);
        if (marker is not null && marker.Kind == _sectionKind && AcceptsSection(marker))
        {
            StartSection(marker, line);
            return;
        }
        if (marker is { Kind: MarkerKind.Subchapter } && _sectionKind == MarkerKind.Chapter && _section is not null)
        {
            StartSection(marker, line, level: 2);
            return;
        }
        if (marker is not null && marker.Kind == _subsectionKind && _section is not null && AcceptsSubsection(marker))
        {
            StartSection(marker, line, level: 2);
            return;
        }
        if (marker is not null && (_sectionKind is null || marker.Kind > _sectionKind) && TryStartItem(marker, line))
        {
            return;
        }

        if (_section is { HeadingOpen: true } open && _item is null && open.Paragraphs.Count == 0)
        {
            ContinueHeading(open, line);
            return;
        }

        // A deeper-level marker or a prose enumeration starts a new paragraph even after an unfinished line; so does an
        // item marker out of sequence (a list restarting at 1． inside item 3): it is the item's own list, never a wrap.
        var startsParagraph = marker is not null && marker.Kind >= (_section?.ItemKind ?? MarkerKind.Circled)
            || NumberingMarker.StartsEnumeration(line);
        var target = _item?.Paragraphs ?? _section?.Paragraphs ?? _preamble;
        if (_previousLineOpen && !startsParagraph && target.Count > 0)
        {
            SentenceText.AppendWrapped(target[^1], line);
        }
        else
        {
            target.Add(new StringBuilder(line));
        }
        _previousLineOpen = !SentenceText.EndsSentence(line);
    }

    private bool AcceptsSection(NumberingMarker marker)
    {
        var last = _lastSectionValue;
        if (last is null)
        {
            // A first section numbered far from 一 is more likely a stray mark than the start of the plan.
            _gap = marker.Value > 2;
            return true;
        }
        _gap = false;
        if (marker.Value == last + 1)
        {
            return true;
        }
        if (marker.Value == last + 2)
        {
            _warnings.Add($"章节编号不连续：“{ChineseNumerals.Format(last.Value)}”之后是“{marker.Numeral}”");
            _gap = true;
            return true;
        }
        return false;
    }

    private bool _gap;

    private int? _lastSubsectionValue;

    /// <summary>（一）（二）… run in sequence inside each 一、 section, as items do.</summary>
    private bool AcceptsSubsection(NumberingMarker marker) =>
        _lastSubsectionValue is { } last ? marker.Value == last + 1 || marker.Value == last + 2 : marker.Value <= 2;

    private void StartSection(NumberingMarker marker, string line, int level = 1)
    {
        // A （一） subsection keeps its brackets, so its tasks read "一（一）1" and never "一、一".
        var number = level == 2 && marker.Kind == MarkerKind.ParenChinese ? marker.ItemNumber : marker.SectionNumber;
        _section = new SectionDraft(number, marker.Value) { Level = level, Gap = level == 1 && _gap };
        if (level == 1)
        {
            _lastSectionValue = marker.Value;
            _lastSubsectionValue = null;
        }
        else
        {
            _lastSubsectionValue = marker.Value;
        }
        _sections.Add(_section);
        _item = null;
        if (marker.Rest.Length == 0)
        {
            _headingPending = true;
            _previousLineOpen = false;
            return;
        }
        StartSectionBody(_section, marker.Rest, line);
    }

    private void StartSectionBody(SectionDraft section, string rest, string line)
    {
        var (heading, body) = SentenceText.SplitHeading(rest);
        section.Heading = heading;
        if (body.Length > 0)
        {
            section.Paragraphs.Add(new StringBuilder(body));
            _previousLineOpen = !SentenceText.EndsSentence(body);
            return;
        }
        // A bare heading ("一、政治引领，把准导向") is followed by its own paragraph, unless the line
        // was filled to the wrap width, which means the heading itself was broken.
        _previousLineOpen = !SentenceText.EndsSentence(rest) && _wrapWidth is { } width && line.Length >= width - 2;
        section.HeadingOpen = _previousLineOpen;
    }

    /// <summary>The heading was broken over lines; this line finishes it and may run into the body.</summary>
    private void ContinueHeading(SectionDraft section, string line)
    {
        var (heading, body) = SentenceText.SplitHeading(line);
        section.Heading += heading;
        if (body.Length > 0)
        {
            section.HeadingOpen = false;
            section.Paragraphs.Add(new StringBuilder(body));
            _previousLineOpen = !SentenceText.EndsSentence(body);
            return;
        }
        section.HeadingOpen = !SentenceText.EndsSentence(line) && _wrapWidth is { } width && line.Length >= width - 2;
        _previousLineOpen = section.HeadingOpen;
    }

    private bool TryStartItem(NumberingMarker marker, string line)
    {
        if (_section is null)
        {
            if (_sectionKind is not null)
            {
                return false;
            }
            // No section headings anywhere: all items go into one unnamed section.
            _section = new SectionDraft(string.Empty, 0);
            _sections.Add(_section);
        }
        var section = _section;
        if (section.ItemKind is { } kind && kind != marker.Kind)
        {
            return false;
        }
        if (section.LastItemValue is { } last && (marker.Value <= last || marker.Value > last + 2))
        {
            return false;
        }
        var gap = section.LastItemValue is { } previous ? marker.Value != previous + 1 : marker.Value > 1 && marker.Kind != MarkerKind.Article;
        section.ItemKind = marker.Kind;
        section.LastItemValue = marker.Value;
        _item = new ItemDraft(marker.ItemNumber) { Gap = gap };
        if (marker.Rest.Length > 0)
        {
            _item.Paragraphs.Add(new StringBuilder(marker.Rest));
        }
        section.Items.Add(_item);
        section.HeadingOpen = false;
        _previousLineOpen = !SentenceText.EndsSentence(line);
        return true;
    }

    private (string? Preamble, List<PlanSection> Sections) Finish()
    {
        var preamble = _preamble.Count > 0 ? string.Join("\n", _preamble) : null;
        if (_sections.Count == 0)
        {
            return (null, FlatSections(_preamble.Select(p => p.ToString()).ToList()));
        }
        return (preamble, _sections.Select(ToSection).ToList());
    }

    private PlanSection ToSection(SectionDraft draft)
    {
        var placeName = _placeName;
        var heading = draft.Heading;
        var text = string.Join("\n", draft.Paragraphs);
        var items = draft.Items.Select(item => Sure(PlanItemExtractor.CreateItem(item.Number, string.Join("\n", item.Paragraphs), placeName), item.Gap ? 0.6 : 1.0)).ToList();
        if (items.Count == 0)
        {
            var (leadIn, enumerated) = InlineEnumerationSplitter.Split(text);
            if (enumerated.Count > 0)
            {
                text = leadIn;
                items = enumerated.Select(e => Sure(PlanItemExtractor.CreateItem(e.Number, e.Text, placeName), 0.85)).ToList();
            }
        }
        var confidence = draft.Gap ? 0.6 : 1.0;
        if (heading.Length == 0)
        {
            confidence = Math.Min(confidence, 0.5);
        }
        else if (heading.Length > 40)
        {
            // A heading this long is more likely a paragraph that began with a numeral.
            confidence = Math.Min(confidence, 0.7);
        }
        return new PlanSection(draft.Number, heading, text, items, Math.Round(confidence * _sourceFactor, 2), draft.Level);
    }

    private PlanItem Sure(PlanItem item, double confidence)
    {
        if (item.Text.Length < 4)
        {
            confidence = Math.Min(confidence, 0.5);
        }
        return item with { Confidence = Math.Round(confidence * _sourceFactor, 2) };
    }

    private List<PlanSection> FlatSections(List<string> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            return [];
        }
        var (leadIn, enumerated) = InlineEnumerationSplitter.Split(string.Join("\n", paragraphs));
        if (enumerated.Count > 0)
        {
            _warnings.Add("未识别到章节编号，已按“一是、二是…”拆分条目");
            return [new PlanSection(string.Empty, string.Empty, leadIn,
                enumerated.Select(e => Sure(PlanItemExtractor.CreateItem(e.Number, e.Text, _placeName), 0.7)).ToList(), 0.5)];
        }
        _warnings.Add("未识别到编号结构，已按段落拆分");
        var items = paragraphs
            .Select((paragraph, index) => Sure(PlanItemExtractor.CreateItem((index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), paragraph, _placeName), 0.4))
            .ToList();
        return [new PlanSection(string.Empty, string.Empty, string.Empty, items, 0.3)];
    }

    /// <summary>The outermost numbering style of the text; 第一节 never leads, it lives inside chapters.</summary>
    private static MarkerKind? FindSectionKind(IReadOnlyList<string> lines)
    {
        MarkerKind? best = null;
        foreach (var line in lines)
        {
            if (NumberingMarker.Match(line) is { IsSectionKind: true, Kind: not MarkerKind.Subchapter } marker && (best is null || marker.Kind < best))
            {
                best = marker.Kind;
            }
        }
        return best;
    }

    /// <summary>
    /// Three levels (一、 → （一） → 1．): the （一） lines are bare headings, each followed by numbered items. Then （一）
    /// is a subsection and 1． its items; otherwise （一） stays an item, as in two-level plans whose （一） runs into text.
    /// </summary>
    private static MarkerKind? FindSubsectionKind(IReadOnlyList<string> lines, MarkerKind? sectionKind)
    {
        if (sectionKind != MarkerKind.ChineseComma)
        {
            return null;
        }
        int all = 0, headings = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (NumberingMarker.Match(lines[i]) is not { Kind: MarkerKind.ParenChinese } marker)
            {
                continue;
            }
            all++;
            var next = lines.Skip(i + 1).FirstOrDefault(l => l.Length > 0);
            var (_, body) = SentenceText.SplitHeading(marker.Rest);
            if (body.Length == 0 && marker.Rest.Length <= 40 && next is not null
                && NumberingMarker.Match(next) is { } below && below.Kind > MarkerKind.ParenChinese && below.Value == 1)
            {
                headings++;
            }
        }
        return headings >= 2 && headings * 2 >= all ? MarkerKind.ParenChinese : null;
    }

    /// <summary>
    /// Hard-wrapped text has many unfinished lines of about the same length; their median is the wrap width.
    /// Text without hard wraps has none, and then headings are never joined to the next line.
    /// </summary>
    private static int? EstimateWrapWidth(IReadOnlyList<string> lines)
    {
        var lengths = new List<int>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var line = lines[i];
            var next = lines[i + 1];
            if (line.Length >= 10 && next.Length > 0 && !SentenceText.EndsSentence(line)
                && NumberingMarker.Match(next) is null && NumberingMarker.Match(line) is not { IsSectionKind: true })
            {
                lengths.Add(line.Length);
            }
        }
        if (lengths.Count < 2)
        {
            return null;
        }
        lengths.Sort();
        return lengths[lengths.Count / 2];
    }

    private sealed class SectionDraft(string number, int value)
    {
        public string Number { get; } = number;
        public int Value { get; } = value;
        public string Heading { get; set; } = string.Empty;
        public bool HeadingOpen { get; set; }
        public int Level { get; init; } = 1;
        public bool Gap { get; init; }
        public List<StringBuilder> Paragraphs { get; } = [];
        public List<ItemDraft> Items { get; } = [];
        public MarkerKind? ItemKind { get; set; }
        public int? LastItemValue { get; set; }
    }

    private sealed class ItemDraft(string number)
    {
        public string Number { get; } = number;
        public bool Gap { get; init; }
        public List<StringBuilder> Paragraphs { get; } = [];
    }
}
