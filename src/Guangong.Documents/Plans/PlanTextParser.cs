namespace Guangong.Documents.Plans;

/// <summary>
/// Parses the text of a town committee's annual plan (工作计划/意见/要点) into sections, items and roster.
/// Never throws: text it cannot structure comes back as paragraphs, with a warning saying so.
/// </summary>
public static class PlanTextParser
{
    /// <summary>The warning of the last resort: the structured parse threw and the text came back as paragraphs.</summary>
    public const string FallbackWarning = "解析时出现异常，已按段落拆分";

    public static PlanDocument Parse(string? text)
    {
        try
        {
            return ParseStructured(text);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A parser bug must not cost the officer the document: hand back the paragraphs.
            return PlainParagraphs(text, FallbackWarning);
        }
    }

    private static PlanDocument ParseStructured(string? text)
    {
        var warnings = new List<string>();
        var lines = PlanTextCleaner.ToLines(text, warnings);
        if (lines.All(line => line.Length == 0))
        {
            warnings.Add("文本为空，未识别到计划内容");
            return new PlanDocument(null, null, null, null, [], [], warnings);
        }
        lines = RepeatedLineFilter.Filter(lines, warnings);
        lines = PageChunkJoiner.Join(lines, warnings);
        lines = FlattenedTextSplitter.Split(lines, warnings);
        var recovered = warnings.Contains(FlattenedTextSplitter.Warning) || warnings.Contains(PageChunkJoiner.Warning);

        var head = PlanHeadReader.Read(lines);
        var body = lines.Skip(head.BodyStart).ToList();
        var roster = new List<RosterMember>();
        body = RosterSplitter.TakeAppendix(body, roster, warnings);
        body = RosterSplitter.TakeInlineRoster(body, roster);
        foreach (var member in ProseRosterReader.Read(body))
        {
            if (!roster.Exists(known => known.Name == member.Name))
            {
                roster.Add(member);
            }
        }

        var issuer = head.Issuer;
        var date = head.Date;
        if (date is null)
        {
            var (signer, signedOn, unsigned) = SignatureReader.TakeTrailingSignature(body);
            issuer ??= signer;
            date = signedOn;
            body = unsigned;
        }
        if (head.Title is null)
        {
            warnings.Add("未识别到标题");
        }

        var placeName = PlaceNameReader.Read(head.Title) ?? PlaceNameReader.Read(issuer);
        var (preamble, sections) = PlanBodyBuilder.Build(body, warnings, placeName, recovered);
        var kind = DocumentKindReader.Read(head.Title, sections, preamble);
        var figures = kind == PlanDocumentKind.Summary ? SummaryFigureReader.Read(string.Join("\n", body)) : [];
        return new PlanDocument(head.Title, issuer, date, preamble, sections, roster, warnings, kind, head.CoverNotice, figures);
    }

    private static PlanDocument PlainParagraphs(string? text, string warning)
    {
        try
        {
            var paragraphs = (text ?? string.Empty)
                .Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Length > 0)
                .Take(10_000)
                .ToList();
            var items = paragraphs
                .Select((paragraph, index) => new PlanItem((index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), paragraph, [], [], [], []))
                .ToList();
            IReadOnlyList<PlanSection> sections = items.Count > 0 ? [new PlanSection(string.Empty, string.Empty, string.Empty, items)] : [];
            return new PlanDocument(null, null, null, null, sections, [], [warning]);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new PlanDocument(null, null, null, null, [], [], [warning]);
        }
    }
}
