using System.Globalization;
using Guangong.Documents.Spreadsheets;
using Guangong.Web.Infrastructure.Time;
using MiniExcelLibs;

namespace Guangong.Web.Features.People.Import;

/// <summary>
/// Reads and writes the roster as .xlsx (MiniExcel, streaming): the blank template with its
/// instructions, the rows of an uploaded file, and the rejected rows with their reasons.
/// </summary>
public static class RosterSpreadsheet
{
    public const string SheetName = "五老名册";

    public const int MaxRows = 20000;

    public static byte[] Template(RosterCodes codes)
    {
        // One example row so that the header is written; the reader skips it by its marker.
        var example = new Dictionary<string, object?>();
        foreach (var c in RosterColumns.All)
        {
            example[c.Header] = c.Field switch
            {
                nameof(VolunteerInput.Name) => ExampleMarker + "张三",
                nameof(VolunteerInput.Gender) => "男",
                nameof(VolunteerInput.Ethnicity) => "汉族",
                nameof(VolunteerInput.BirthYear) => "1955",
                nameof(VolunteerInput.Phone) => "13812345678",
                nameof(VolunteerInput.Category) => codes.Categories.FirstOrDefault(),
                nameof(VolunteerInput.Layer) => codes.Layers.LastOrDefault(),
                nameof(VolunteerInput.PoliticalStatus) => "中共党员",
                nameof(VolunteerInput.FormerUnit) => "镇中心小学",
                nameof(VolunteerInput.FormerPost) => "教师",
                nameof(VolunteerInput.Specialties) => "书法、红色故事宣讲",
                nameof(VolunteerInput.UnitId) => codes.Units.Values.FirstOrDefault()?.Name,
                nameof(VolunteerInput.Status) => "在册",
                _ => null,
            };
        }

        using var stream = new MemoryStream();
        stream.SaveAs(Sheets(codes, [example]), configuration: Layout());
        return WithDropDowns(stream.ToArray(), codes);
    }

    /// <summary>
    /// Column widths in characters: the streaming writer's default cuts a phone number, a unit's name or a hint
    /// when the sheet is printed or converted (LibreOffice). Keyed by header, so each sheet takes its own.
    /// </summary>
    public static MiniExcelLibs.OpenXml.OpenXmlConfiguration Layout() => new()
    {
        DynamicColumns =
        [
            .. RosterColumns.All.Select(c => new MiniExcelLibs.Attributes.DynamicExcelColumn(c.Header) { Width = WidthOf(c.Field) }),
            new MiniExcelLibs.Attributes.DynamicExcelColumn("列名") { Width = 12 },
            new MiniExcelLibs.Attributes.DynamicExcelColumn("是否必填") { Width = 10 },
            new MiniExcelLibs.Attributes.DynamicExcelColumn("填写说明") { Width = 70 },
        ],
    };

    private static double WidthOf(string field) => field switch
    {
        nameof(VolunteerInput.Gender) => 6,
        nameof(VolunteerInput.Name) or nameof(VolunteerInput.Ethnicity) or nameof(VolunteerInput.Status) or RosterColumns.IdField => 10,
        nameof(VolunteerInput.Phone) => 16,
        nameof(VolunteerInput.FormerUnit) or nameof(VolunteerInput.UnitId) => 28,
        nameof(VolunteerInput.Specialties) => 22,
        nameof(VolunteerInput.Notes) => 30,
        _ => 12,
    };

    /// <summary>
    /// The roster sheet with the given rows (keyed by <see cref="RosterColumns"/> headers), the
    /// instructions and the coded values: the template and the export share it, so an export imports back.
    /// </summary>
    public static Dictionary<string, object> Sheets(RosterCodes codes, IReadOnlyList<Dictionary<string, object?>> rows)
    {
        var instructions = RosterColumns.All
            .Select(c => new Dictionary<string, object?> { ["列名"] = c.Header, ["是否必填"] = c.Required ? "必填" : "选填", ["填写说明"] = c.Hint })
            .Prepend(new Dictionary<string, object?> { ["列名"] = "说明", ["是否必填"] = string.Empty, ["填写说明"] = $"在“{SheetName}”表中从第2行起每行填一人；以“{ExampleMarker}”开头的示例行不会导入，可删除。每个文件最多{MaxRows}行。" })
            .ToList();

        var coded = Coded(codes);
        var longest = coded.Max(c => c.Values.Count);
        var values = Enumerable.Range(0, longest)
            .Select(i => coded.ToDictionary(c => c.Header, c => (object?)At(c.Values, i)))
            .ToList();

        return new Dictionary<string, object>
        {
            [SheetName] = rows,
            ["填写说明"] = instructions,
            [ValuesSheet] = values,
        };
    }

    /// <summary>Coded columns offer their values as a drop-down list, so a typo never reaches the import.</summary>
    public static byte[] WithDropDowns(byte[] workbook, RosterCodes codes)
    {
        var columns = RosterColumns.All.Select(c => c.Field).ToList();
        var lists = Coded(codes).Select((c, i) => new DropDownList(columns.IndexOf(c.Field), ValuesSheet, i, c.Values.Count));
        return DropDownLists.Add(workbook, SheetName, lists, MaxRows + 1);
    }

    private static IReadOnlyList<(string Header, string Field, IReadOnlyList<string> Values)> Coded(RosterCodes codes) =>
    [
        ("五老类别", nameof(VolunteerInput.Category), codes.Categories),
        ("队伍层级", nameof(VolunteerInput.Layer), codes.Layers),
        ("政治面貌", nameof(VolunteerInput.PoliticalStatus), RosterCodes.PoliticalStatuses),
        ("状态", nameof(VolunteerInput.Status), ["拟吸纳", "在册", "暂停", "退出", "已故"]),
        ("性别", nameof(VolunteerInput.Gender), ["男", "女"]),
        ("所在单位", nameof(VolunteerInput.UnitId), codes.Units.Values.Select(u => u.Name).ToList()),
    ];

    public const string ValuesSheet = "可选值";

    public const string ExampleMarker = "示例：";

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
            foreach (IDictionary<string, object?> cells in stream.Query(useHeaderRow: true, sheetName: sheet))
            {
                rowNumber++;
                if (missing is null)
                {
                    var headers = cells.Keys.Select(k => k.Trim().TrimEnd('*', '＊')).ToHashSet();
                    missing = RosterColumns.All.Where(c => c.Required && !headers.Contains(c.Header)).Select(c => c.Header).ToArray();
                    if (missing.Length > 0)
                    {
                        return ([], $"表格缺少以下列：{string.Join("、", missing)}。请使用下载的模板，不要修改第一行的列名。");
                    }
                }

                var byHeader = cells.ToDictionary(kv => kv.Key.Trim().TrimEnd('*', '＊'), kv => Text(kv.Value));
                if (byHeader.Values.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (rows.Count >= MaxRows)
                {
                    return ([], $"表格超过{MaxRows}行，请分成几个文件导入。");
                }

                var input = new VolunteerInput { Ethnicity = null, Status = null };
                foreach (var column in RosterColumns.All.Where(c => c.Field != RosterColumns.IdField))
                {
                    byHeader.TryGetValue(column.Header, out var value);

                    // A date cell may reach us as its Excel serial number; only here is a number a date.
                    if (column.Field == nameof(VolunteerInput.StatusDate) && cells.FirstOrDefault(kv => kv.Key.Trim().TrimEnd('*', '＊') == column.Header).Value is double serial)
                    {
                        value = DateText.Iso(DateText.FromExcelSerial(serial)) is { Length: > 0 } iso ? iso : value;
                    }

                    typeof(VolunteerInput).GetProperty(column.Field)!.SetValue(input, value);
                }

                if (input.Name?.TrimStart().StartsWith(ExampleMarker, StringComparison.Ordinal) == true)
                {
                    continue;
                }

                byHeader.TryGetValue(RosterColumns.IdHeader, out var id);
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

    public static byte[] Rejected(IEnumerable<RosterImportRow> rows)
    {
        var list = rows.Select(r =>
        {
            var d = new Dictionary<string, object?> { ["原行号"] = r.RowNumber };
            foreach (var c in RosterColumns.All)
            {
                d[c.Header] = c.Field == RosterColumns.IdField ? r.IdText : typeof(VolunteerInput).GetProperty(c.Field)!.GetValue(r.Input);
            }

            d["不能导入的原因"] = string.Join("；", r.Problems);
            return d;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(list, sheetName: "未导入的行");
        return stream.ToArray();
    }

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

    private static object? At<T>(IReadOnlyList<T> list, int i) => i < list.Count ? list[i] : null;
}
