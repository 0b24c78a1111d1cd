using System.Globalization;

namespace Guangong.Documents.Plans.Evaluation;

/// <summary>
/// Runs the parser over a folder of documents that each have a <c>NAME.expected.json</c> beside them
/// (NAME.txt or NAME.docx) and scores headings, items, roster, figures and kind.
/// Shared by the <c>plan eval DIR</c> command and the corpus test.
/// </summary>
public static class PlanEvaluator
{
    public const string ExpectationSuffix = ".expected.json";

    public static CorpusScore EvaluateFolder(string directory)
    {
        var scores = new List<DocumentScore>();
        foreach (var expectationPath in Directory.EnumerateFiles(directory, "*" + ExpectationSuffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(expectationPath)[..^ExpectationSuffix.Length];
            var folder = Path.GetDirectoryName(expectationPath)!;
            var documentPath = new[] { ".txt", ".docx" }.Select(ext => Path.Combine(folder, name + ext)).FirstOrDefault(File.Exists);
            scores.Add(EvaluateFile(name, documentPath, expectationPath));
        }
        return new CorpusScore(scores);
    }

    private static DocumentScore EvaluateFile(string name, string? documentPath, string expectationPath)
    {
        try
        {
            if (documentPath is null)
            {
                return new DocumentScore(name) { Crashed = true, Misses = ["no NAME.txt or NAME.docx beside the expectation"] };
            }
            var expectation = PlanExpectation.Read(File.ReadAllText(expectationPath));
            using var stream = File.OpenRead(documentPath);
            var read = PlanFileReader.Read(stream, Path.GetFileName(documentPath));
            if (!read.IsSuccess)
            {
                return new DocumentScore(name) { Crashed = true, Misses = [read.Error ?? "unreadable"] };
            }
            return Evaluate(name, PlanTextParser.Parse(read.Text), expectation);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new DocumentScore(name) { Crashed = true, Misses = [exception.GetType().Name + ": " + exception.Message] };
        }
    }

    /// <summary>Scores one parsed document. The parser's own last-resort fallback counts as a crash.</summary>
    public static DocumentScore Evaluate(string name, PlanDocument plan, PlanExpectation expected)
    {
        var misses = new List<string>();
        var parsedHeadings = plan.Sections.Select(s => Normalize(s.Heading)).Where(h => h.Length > 0).ToList();
        var expectedHeadings = (expected.Headings ?? []).Select(Normalize).ToList();
        var headingsFound = MatchInOrder(expectedHeadings, parsedHeadings, HeadingMatches, misses, "heading");
        var headingsCorrect = parsedHeadings.Count(p => expectedHeadings.Any(e => HeadingMatches(e, p)));
        foreach (var extra in parsedHeadings.Where(p => !expectedHeadings.Any(e => HeadingMatches(e, p))))
        {
            misses.Add($"extra heading: {Short(extra)}");
        }

        var parsedItems = plan.Sections.SelectMany(s => s.Items).Select(i => Normalize(i.Text)).ToList();
        var itemsFound = MatchInOrder((expected.Items ?? []).Select(Normalize).ToList(), parsedItems, (e, p) => p.StartsWith(e, StringComparison.Ordinal), misses, "item");

        var parsedRoster = plan.Roster.Select(m => $"{m.Role}|{Normalize(m.Name)}|{Normalize(m.Post)}").ToList();
        var expectedRoster = (expected.Roster ?? []).Select(NormalizeRosterLine).ToList();
        var rosterFound = MatchAnyOrder(expectedRoster, parsedRoster, (e, p) => e == p, misses, "roster");

        var parsedFigures = plan.Figures.Select(f => (f.Indicator, Key: FigureKey(f.Number, f.Unit, f.Approximate))).ToList();
        var figuresFound = 0;
        foreach (var figure in expected.Figures ?? [])
        {
            var parts = figure.Split('|');
            var key = FigureKey(decimal.Parse(parts[1], CultureInfo.InvariantCulture), parts[2], parts.Length > 3 && parts[3] == "~");
            var hit = parsedFigures.FindIndex(p => p.Key == key && (p.Indicator.Contains(parts[0], StringComparison.Ordinal) || parts[0].Contains(p.Indicator, StringComparison.Ordinal)));
            if (hit >= 0)
            {
                figuresFound++;
                parsedFigures.RemoveAt(hit);
            }
            else
            {
                misses.Add($"missed figure: {figure}");
            }
        }

        bool? kindCorrect = expected.Kind is { } kind ? plan.Kind == kind : null;
        if (kindCorrect == false)
        {
            misses.Add($"kind: expected {expected.Kind}, parsed {plan.Kind}");
        }
        if (expected.Title is { } title && Normalize(title) != Normalize(plan.Title ?? string.Empty))
        {
            misses.Add($"title: parsed {plan.Title ?? "(none)"}");
        }

        return new DocumentScore(name)
        {
            Crashed = plan.Warnings.Contains(PlanTextParser.FallbackWarning),
            HeadingsExpected = expectedHeadings.Count,
            HeadingsFound = headingsFound,
            HeadingsParsed = parsedHeadings.Count,
            HeadingsCorrect = headingsCorrect,
            ItemsExpected = expected.Items?.Count ?? 0,
            ItemsFound = itemsFound,
            RosterExpected = expectedRoster.Count,
            RosterFound = rosterFound,
            FiguresExpected = expected.Figures?.Count ?? 0,
            FiguresFound = figuresFound,
            KindCorrect = kindCorrect,
            Misses = misses,
        };
    }

    /// <summary>A parsed heading matches when it equals the expected one (spaces and punctuation aside).</summary>
    private static bool HeadingMatches(string expected, string parsed) => parsed == expected;

    /// <summary>Each expected entry is looked for after the previous match, so order counts but one miss does not shift the rest.</summary>
    private static int MatchInOrder(List<string> expected, List<string> parsed, Func<string, string, bool> matches, List<string> misses, string label)
    {
        var found = 0;
        var from = 0;
        foreach (var entry in expected)
        {
            var index = parsed.FindIndex(from, p => matches(entry, p));
            if (index < 0)
            {
                misses.Add($"missed {label}: {Short(entry)}");
                continue;
            }
            found++;
            from = index + 1;
        }
        return found;
    }

    private static int MatchAnyOrder(List<string> expected, List<string> parsed, Func<string, string, bool> matches, List<string> misses, string label)
    {
        var left = new List<string>(parsed);
        var found = 0;
        foreach (var entry in expected)
        {
            var index = left.FindIndex(p => matches(entry, p));
            if (index < 0)
            {
                misses.Add($"missed {label}: {entry}");
                continue;
            }
            found++;
            left.RemoveAt(index);
        }
        foreach (var extra in left)
        {
            if (expected.Count > 0)
            {
                misses.Add($"extra {label}: {extra}");
            }
        }
        return found;
    }

    private static string NormalizeRosterLine(string line)
    {
        var parts = line.Split('|');
        return $"{parts[0]}|{Normalize(parts.ElementAtOrDefault(1) ?? string.Empty)}|{Normalize(parts.ElementAtOrDefault(2) ?? string.Empty)}";
    }

    private static string FigureKey(decimal number, string unit, bool approximate) =>
        string.Create(CultureInfo.InvariantCulture, $"{number:0.####}|{unit}|{approximate}");

    /// <summary>Compares text without spaces, quotes and punctuation that converters change.</summary>
    public static string Normalize(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c) && !"“”\"‘’'「」，,。.、；;：:！!？?（）()《》".Contains(c)));

    private static string Short(string text) => text.Length > 30 ? text[..30] + "…" : text;
}
