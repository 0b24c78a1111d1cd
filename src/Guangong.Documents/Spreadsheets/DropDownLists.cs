using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Guangong.Documents.Spreadsheets;

/// <summary>A column (by header position, 0-based) whose cells offer the values kept in a column of another sheet.</summary>
public sealed record DropDownList(int Column, string SourceSheet, int SourceColumn, int Count);

/// <summary>
/// Adds drop-down lists (list data validation) to a workbook written by a streaming writer that
/// cannot: a coded column (gender, category, unit…) is then filled by picking a value, so a typo
/// never reaches the import. The values stay visible in their own sheet, rows 2 to Count + 1.
/// </summary>
public static class DropDownLists
{
    // Elements of a worksheet that come after dataValidations in the schema's fixed order.
    private static readonly HashSet<string> After =
    [
        "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches",
        "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
    ];

    /// <summary>The workbook with the lists added to rows 2 to <paramref name="lastRow"/> of <paramref name="sheetName"/>.</summary>
    public static byte[] Add(byte[] workbook, string sheetName, IEnumerable<DropDownList> lists, int lastRow)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var book = document.WorkbookPart ?? throw new InvalidDataException("No workbook part.");
            var sheet = book.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name == sheetName) ?? throw new ArgumentException($"No sheet {sheetName}.", nameof(sheetName));
            var worksheet = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet;
            var validations = new DataValidations();
            foreach (var list in lists.Where(l => l.Count > 0))
            {
                var column = Letters(list.Column);
                var source = Letters(list.SourceColumn);
                validations.Append(new DataValidation(new Formula1($"'{list.SourceSheet}'!${source}$2:${source}${list.Count + 1}"))
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowErrorMessage = true,
                    ErrorTitle = "请从列表中选择",
                    Error = $"请从下拉列表中选择，可选值见“{list.SourceSheet}”表。",
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column}2:{column}{lastRow}" },
                });
            }

            validations.Count = (uint)validations.ChildElements.Count;
            var next = worksheet.ChildElements.FirstOrDefault(e => After.Contains(e.LocalName));
            if (next is null)
            {
                worksheet.Append(validations);
            }
            else
            {
                worksheet.InsertBefore(validations, next);
            }

            worksheet.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A, B, …, Z, AA, … for a 0-based column.</summary>
    public static string Letters(int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
