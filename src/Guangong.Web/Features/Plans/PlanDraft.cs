using Guangong.Documents.Plans;

namespace Guangong.Web.Features.Plans;

/// <summary>
/// The parsed plan while the officer corrects it before saving: the tree travels in the page as
/// JSON, the texts come back from the form, and one operation (merge, split, promote, demote,
/// delete) is applied per post. Suggestions (deadlines, frequencies, targets, owners, programs) are only used
/// when ticked.
/// </summary>
public sealed class PlanDraft
{
    public sealed class Section
    {
        public string Number { get; set; } = string.Empty;

        public string Heading { get; set; } = string.Empty;

        public string Text { get; set; } = string.Empty;

        public List<PlanItem> Items { get; set; } = [];

        public double Confidence { get; set; } = 1.0;

        public int Level { get; set; } = 1;
    }

    /// <summary>What the parser took the document for; tasks are only proposed for promises (plans, notices).</summary>
    public PlanDocumentKind Kind { get; set; }

    public bool IssuedByNotice { get; set; }

    public IReadOnlyList<SummaryFigure> Figures { get; private set; } = [];

    public bool ProposesTasks => Kind is PlanDocumentKind.Plan or PlanDocumentKind.Notice or PlanDocumentKind.Unknown;

    public string? Title { get; set; }

    public string? Issuer { get; set; }

    public DateOnly? Date { get; set; }

    public string? Preamble { get; set; }

    public List<Section> Sections { get; } = [];

    public List<RosterMember> Roster { get; } = [];

    public IReadOnlyList<string> Warnings { get; private set; } = [];

    /// <summary>Ticked suggestions, as "section.item.kind|value".</summary>
    public HashSet<string> Picks { get; } = [];

    public static PlanDraft From(PlanDocument doc)
    {
        var draft = new PlanDraft { Title = doc.Title, Issuer = doc.Issuer, Date = doc.Date, Preamble = doc.Preamble, Warnings = doc.Warnings };
        (draft.Kind, draft.IssuedByNotice, draft.Figures) = (doc.Kind, doc.IssuedByNotice, doc.Figures ?? []);
        draft.Sections.AddRange(doc.Sections.Select(s => new Section { Number = s.Number, Heading = s.Heading, Text = s.Text, Items = s.Items.ToList(), Confidence = s.Confidence, Level = s.Level }));
        draft.Roster.AddRange(doc.Roster);
        return draft;
    }

    public PlanDocument ToDocument() => new(Title, Issuer, Date, Preamble,
        Sections.Select(s => new PlanSection(s.Number, s.Heading, s.Text, s.Items, s.Confidence, s.Level)).ToList(), Roster, Warnings, Kind, IssuedByNotice, Figures);

    public static string PickKey(int section, int item, string kind, string value) => $"{section}.{item}.{kind}|{value}";

    /// <summary>Takes back what the officer typed: headings, texts, picks. An edited item gets fresh suggestions.</summary>
    public void ReadForm(PlanEditPost post, string? placeName)
    {
        // An erased title stays erased (the save asks for one) rather than coming back as the document's.
        Title = Clean(post.Title) ?? string.Empty;
        Issuer = Clean(post.Issuer);
        Preamble = Clean(post.Preamble);
        for (var i = 0; i < Sections.Count; i++)
        {
            var s = Sections[i];
            var posted = post.Sections?.ElementAtOrDefault(i);
            s.Heading = Clean(posted?.Heading) ?? s.Heading;
            s.Text = Clean(posted?.Text) ?? string.Empty;
            for (var j = 0; j < s.Items.Count; j++)
            {
                var text = Clean(posted?.Items?.ElementAtOrDefault(j));
                if (text is not null && text != s.Items[j].Text)
                {
                    s.Items[j] = PlanItemExtractor.CreateItem(s.Items[j].Number, text, placeName);
                }
            }
        }

        Picks.Clear();
        Picks.UnionWith(post.Pick ?? []);
    }

    /// <summary>Applies one editing operation, e.g. "merge:2:1"; returns a message when it cannot.</summary>
    public string? Apply(string? op, string? placeName)
    {
        if (string.IsNullOrEmpty(op) || op is "refresh" or "save")
        {
            return null;
        }

        if (op == "pick-all")
        {
            for (var a = 0; a < Sections.Count; a++)
            {
                for (var b = 0; b < Sections[a].Items.Count; b++)
                {
                    foreach (var (kind, value) in Suggestions(Sections[a].Items[b]))
                    {
                        Picks.Add(PickKey(a, b, kind, value));
                    }
                }
            }

            return null;
        }

        var parts = op.Split(':');
        if (parts.Length < 2 || !int.TryParse(parts[1], out var si) || si < 0 || si >= Sections.Count)
        {
            return "操作无效，请重试。";
        }

        var section = Sections[si];
        var ij = parts.Length > 2 && int.TryParse(parts[2], out var j) && j >= 0 && j < section.Items.Count ? j : -1;
        switch (parts[0])
        {
            case "merge" when ij > 0:
                section.Items[ij - 1] = PlanItemExtractor.CreateItem(section.Items[ij - 1].Number, section.Items[ij - 1].Text + section.Items[ij].Text, placeName);
                section.Items.RemoveAt(ij);
                break;
            case "split" when ij >= 0:
                var text = section.Items[ij].Text;
                var cut = text.IndexOf('\n', StringComparison.Ordinal);
                if (cut <= 0 || cut >= text.Length - 1)
                {
                    return "请先在条目文字中要拆分的位置换行，再点“拆分”。";
                }

                section.Items[ij] = PlanItemExtractor.CreateItem(section.Items[ij].Number, text[..cut].Trim(), placeName);
                section.Items.Insert(ij + 1, PlanItemExtractor.CreateItem(string.Empty, text[(cut + 1)..].Trim(), placeName));
                break;
            case "promote" when ij >= 0:
                var item = section.Items[ij];
                var (heading, rest) = SplitHeading(item.Text);
                var promoted = new Section { Heading = heading, Text = rest, Items = section.Items.Skip(ij + 1).ToList() };
                section.Items.RemoveRange(ij, section.Items.Count - ij);
                Sections.Insert(si + 1, promoted);
                break;
            case "demote" when si > 0:
                var previous = Sections[si - 1];
                previous.Items.Add(PlanItemExtractor.CreateItem(string.Empty, (section.Heading + "。" + section.Text).TrimEnd('。'), placeName));
                previous.Items.AddRange(section.Items);
                Sections.RemoveAt(si);
                break;
            case "delete" when ij >= 0:
                section.Items.RemoveAt(ij);
                break;
            default:
                return "这一步做不了：第一条不能并入上一条，第一章不能降级。";
        }

        // Positions changed: picks are keyed by position, so they are asked for again, and numbers follow the new order.
        Picks.Clear();
        Renumber();
        return null;
    }

    /// <summary>
    /// Ticks, on a freshly read plan, the suggestions that are specific (<see cref="SpecificSuggestions"/>): a
    /// dated deadline, a counted target, every frequency, and an owner for which <paramref name="namesOneUnit"/>
    /// finds one unit of the town's tree. Vague words (暑期, 全年) and groups (各村) stay unticked.
    /// </summary>
    public void PickSpecific(int year, Func<string, bool>? namesOneUnit = null)
    {
        if (!ProposesTasks)
        {
            // A summary or rules document reports or regulates: nothing to propose as a task.
            return;
        }
        for (var a = 0; a < Sections.Count; a++)
        {
            for (var b = 0; b < Sections[a].Items.Count; b++)
            {
                foreach (var (kind, value) in Suggestions(Sections[a].Items[b]).Where(s => s.Kind switch
                {
                    "due" => SpecificSuggestions.IsSpecificDeadline(s.Value, year),
                    "target" => SpecificSuggestions.IsSpecificTarget(s.Value),
                    "frequency" => true,
                    "owner" => namesOneUnit?.Invoke(s.Value) == true,
                    _ => false,
                }))
                {
                    Picks.Add(PickKey(a, b, kind, value));
                }
            }
        }
    }

    public static IEnumerable<(string Kind, string Value)> Suggestions(PlanItem item) =>
        item.Deadlines.Select(d => ("due", d))
            .Concat(item.Frequencies.Select(f => ("frequency", f)))
            .Concat(item.Targets.Select(t => ("target", t)))
            .Concat(item.Owners.Select(o => ("owner", o)))
            .Concat(item.Programs.Select(p => ("program", p)));

    public IReadOnlyList<string> Picked(int section, int item, string kind) =>
        Picks.Where(p => p.StartsWith($"{section}.{item}.{kind}|", StringComparison.Ordinal)).Select(p => p[(p.IndexOf('|', StringComparison.Ordinal) + 1)..]).ToList();

    private void Renumber()
    {
        for (var i = 0; i < Sections.Count; i++)
        {
            Sections[i].Number = ChineseNumber(i + 1);
            var items = Sections[i].Items;
            var style = items.Select(x => x.Number).FirstOrDefault(n => n.Length > 0) ?? "1";
            for (var j = 0; j < items.Count; j++)
            {
                var number = style.EndsWith('是') ? ChineseNumber(j + 1) + "是"
                    : style.StartsWith('（') ? $"（{j + 1}）"
                    : (j + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                items[j] = items[j] with { Number = number };
            }
        }
    }

    private static (string Heading, string Body) SplitHeading(string text)
    {
        var end = text.IndexOfAny(['。', '；', '\n']);
        return end > 0 && end <= 60 ? (text[..end], text[(end + 1)..].Trim()) : (text.Length <= 40 ? text : text[..40], text.Length <= 40 ? string.Empty : text[40..]);
    }

    private static string ChineseNumber(int n)
    {
        const string digits = "零一二三四五六七八九";
        return n switch
        {
            >= 100 => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            < 10 => digits[n].ToString(),
            10 => "十",
            < 20 => "十" + digits[n - 10],
            _ => digits[n / 10] + "十" + (n % 10 == 0 ? string.Empty : digits[n % 10].ToString()),
        };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
