using System.Globalization;
using Guangong.Web.Infrastructure.Time;
using MiniExcelLibs;

namespace Guangong.Web.Features.People.Import;

/// <summary>Reading an uploaded roster: its rows as the form's input, or one message refusing the whole file.</summary>
public static partial class RosterSpreadsheet
{
    /// <summary>The data rows with their sheet row numbers, or a message refusing the whole file.</summary>
    public static (IReadOnlyList<RosterSheetRow> Rows, string? Error) Read(Stream stream)
    {
        if (!LooksLikeZip(stream))
        {
            return ([], "文件不是Excel表格（.xlsx）。请下载模板，填好后另存为 .xlsx 再上传。");
        }

        try
        {
            var sheetNames = stream.GetSheetNames();
            stream.Position = 0;
            var sheet = sheetNames.Contains(SheetName) ? SheetName : sheetNames.FirstOrDefault();
            if (sheet is null)
            {
                return ([], "表格中没有工作表。");
            }

            var rows = new List<RosterSheetRow>();
            var rowNumber = 1;
            string[]? missing = null;

            // Every row has the header row's keys: matched to the roster's columns once, not for each cell of each row.
            (string Key, int Column)[] known = [];
            foreach (IDictionary<string, object?> cells in stream.Query(useHeaderRow: true, sheetName: sheet))
            {
                rowNumber++;
                if (missing is null)
                {
                    var headers = cells.Keys.Select(k => (Key: k, Header: HeaderText(k))).ToList();
                    missing = RosterColumns.All.Where(c => c.Required && !headers.Any(h => h.Header == c.Header)).Select(c => c.Header).ToArray();
                    if (missing.Length > 0)
                    {
                        return ([], $"表格缺少以下列：{string.Join("、", missing)}。请使用下载的模板，不要修改第一行的列名。");
                    }

                    if (headers.GroupBy(h => h.Header).FirstOrDefault(g => g.Count() > 1) is { } twice)
                    {
                        return ([], $"表格中有两列都叫“{twice.Key}”，请删去多余的一列。");
                    }

                    known = [.. headers.Select(h => (h.Key, Column: Array.FindIndex(RosterColumns.All, c => c.Header == h.Header))).Where(h => h.Column >= 0)];
                }

                if (cells.Values.All(v => Text(v) is null))
                {
                    continue;
                }

                if (rows.Count >= MaxRows)
                {
                    return ([], $"表格超过{MaxRows}行，请分成几个文件导入。");
                }

                var input = new VolunteerInput { Ethnicity = null, Status = null };
                string? id = null;
                foreach (var (key, column) in known)
                {
                    var cell = cells[key];
                    var value = Text(cell);

                    // A date cell may reach us as its Excel serial number; only here is a number a date.
                    if (RosterColumns.All[column].Field == nameof(VolunteerInput.StatusDate) && cell is double serial)
                    {
                        value = DateText.Iso(DateText.FromExcelSerial(serial)) is { Length: > 0 } iso ? iso : value;
                    }

                    if (Setters[column] is { } set)
                    {
                        set(input, value);
                    }
                    else
                    {
                        id = value;
                    }
                }

                if (input.Name?.TrimStart().StartsWith(ExampleMarker, StringComparison.Ordinal) == true)
                {
                    continue;
                }

                rows.Add(new RosterSheetRow(rowNumber, id, input));
            }

            if (missing is null)
            {
                // Not even a header row with data under it.
                return ([], "表格是空的：没有找到任何数据行。");
            }

            return rows.Count == 0 ? ([], "表格中没有数据行（示例行不计）。") : (rows, null);
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or InvalidOperationException or NotSupportedException or IndexOutOfRangeException or ArgumentException or KeyNotFoundException or IOException)
        {
            return ([], "无法读取这个Excel文件，文件可能已损坏或不是 .xlsx 格式。");
        }
    }

    /// <summary>Each column's setter on the form's input, read from the model once; none for the 编号 column.</summary>
    private static readonly Action<VolunteerInput, string?>?[] Setters = [.. RosterColumns.All.Select(c => c.Field == RosterColumns.IdField ? null
        : typeof(VolunteerInput).GetProperty(c.Field)!.SetMethod!.CreateDelegate<Action<VolunteerInput, string?>>())];

    /// <summary>A header as the template writes it, without the mark of a required column.</summary>
    private static string HeaderText(string key) => key.Trim().TrimEnd('*', '＊');

    private static bool LooksLikeZip(Stream stream)
    {
        Span<byte> head = stackalloc byte[4];
        var read = stream.Read(head);
        stream.Position = 0;
        return read == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n when n == Math.Floor(n) && Math.Abs(n) < 1e15 => ((long)n).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
