using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Guangong.Documents.Tests.Plans;

/// <summary>Builds small .docx files in memory, with or without Word's automatic list numbering.</summary>
internal static class TestDocx
{
    /// <summary>numId 1: level 0 is "一、" (chineseCounting), level 1 is "1．" (decimal).</summary>
    public const int PlanListId = 1;

    public static byte[] Build(Action<Body> addContent, bool withNumbering = false)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            if (withNumbering)
            {
                var numberingPart = main.AddNewPart<NumberingDefinitionsPart>();
                numberingPart.Numbering = PlanNumbering();
            }
            addContent(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    public static Paragraph Plain(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static Paragraph Numbered(string text, int level) =>
        new(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = PlanListId })),
            new Run(new Text(text)));

    public static Table Table(params string[][] rows) =>
        new(rows.Select(cells => new TableRow(cells.Select(cell => new TableCell(Plain(cell))))));

    private static Numbering PlanNumbering() =>
        new(
            new AbstractNum(
                new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = NumberFormatValues.ChineseCounting },
                    new LevelText { Val = "%1、" })
                { LevelIndex = 0 },
                new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = NumberFormatValues.Decimal },
                    new LevelText { Val = "%2．" })
                { LevelIndex = 1 })
            { AbstractNumberId = 10 },
            new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = PlanListId });
}
