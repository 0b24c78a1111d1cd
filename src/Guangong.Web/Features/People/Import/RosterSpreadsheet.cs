using System.Globalization;
using Guangong.Documents.Spreadsheets;
using Guangong.Web.Infrastructure.Time;
using MiniExcelLibs;

namespace Guangong.Web.Features.People.Import;

/// <summary>
/// Reads and writes the roster as .xlsx (MiniExcel, streaming): the blank template with its
/// instructions, the rows of an uploaded file, and the rejected rows with their reasons.
/// </summary>
public static partial class RosterSpreadsheet
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
                nameof(VolunteerInput.UnitId) => codes.Units.Values.FirstOrDefault()?.Label,
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
        ("所在单位", nameof(VolunteerInput.UnitId), codes.Units.Values.Select(u => u.Label).ToList()),
    ];

    public const string ValuesSheet = "可选值";

    public const string ExampleMarker = "示例：";

    public static byte[] Rejected(IEnumerable<RosterImportRow> rows)
    {
        var list = rows.Select(r =>
        {
            var d = new Dictionary<string, object?> { ["原行号"] = r.RowNumber };
            foreach (var c in RosterColumns.All)
            {
                d[c.Header] = c.Field == RosterColumns.IdField ? r.IdText : typeof(VolunteerInput).GetProperty(c.Field)!.GetValue(r.Input);
            }

            d["不能导入的原因"] = r.ProblemText;
            return d;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(list, sheetName: "未导入的行");
        return stream.ToArray();
    }

    private static object? At<T>(IReadOnlyList<T> list, int i) => i < list.Count ? list[i] : null;
}
