using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Data;
using MiniExcelLibs;

namespace Guangong.Web.Infrastructure.Exports;

/// <summary>
/// Writes rows to an .xlsx download and records the export in the audit trail. A file of personal
/// data (an endpoint marked <see cref="PersonalDataExport.AsPersonalDataExport"/>) gets a second sheet,
/// 导出说明, naming who exported it, when, from which unit and for what purpose.
/// </summary>
public sealed class ExcelExport(GuangongDbContext db, TimeProvider clock, IHttpContextAccessor http, CurrentUser me)
{
    public const string ContentType = Guangong.Documents.MediaTypes.Xlsx;

    public const string StampSheet = "导出说明";

    public Task<IResult> FileAsync<T>(IEnumerable<T> rows, string title, string entity, string filterDescription, CancellationToken ct = default)
    {
        var list = rows.ToList();
        return SheetsAsync(new Dictionary<string, object> { [title] = list }, list.Count, title, entity, null, filterDescription, ct, layout: ColumnWidths.Of(list));
    }

    /// <summary>
    /// A workbook of several sheets (e.g. one person's whole record), each a list of rows;
    /// <paramref name="finish"/> adds what the streaming writer cannot (drop-down lists).
    /// </summary>
    public async Task<IResult> SheetsAsync(Dictionary<string, object> sheets, int rowCount, string title, string entity, string? entityId, string filterDescription, CancellationToken ct = default, Func<byte[], byte[]>? finish = null, MiniExcelLibs.OpenXml.OpenXmlConfiguration? layout = null)
    {
        var now = Time.ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime);
        var purpose = http.HttpContext?.Items[typeof(ExportPurpose)] as string;
        var stream = new MemoryStream();
        if (purpose is not null)
        {
            sheets[StampSheet] = Stamp(title, rowCount, filterDescription, purpose, now);
        }

        await stream.SaveAsAsync(sheets.ToDictionary(s => SheetName(s.Key), s => s.Value), configuration: layout, cancellationToken: ct);
        if (finish is not null)
        {
            stream = new MemoryStream(finish(stream.ToArray()));
        }

        stream.Position = 0;
        var note = purpose is null ? string.Empty : $"；用途：{purpose}";
        db.AddAuditEvent(AuditActions.Export, entity, entityId, $"{title}：{rowCount}行；条件：{filterDescription}{note}");
        await db.SaveChangesAsync(ct);
        Auditing.ReadAuditMiddleware.MarkAudited(http.HttpContext);
        var stamp = now.ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        return Results.File(stream, ContentType, $"{title}-{stamp}.xlsx");
    }

    /// <summary>
    /// A title as Excel lets a sheet be named: at most 31 characters, none of / \ ? * [ ] : (a contest called
    /// “…（初评/复评）” would make a file Excel calls damaged). The file's name and its 导出说明 keep the whole title.
    /// </summary>
    public static string SheetName(string title)
    {
        var name = string.Concat(title.Select(c => c switch
        {
            '/' or '\\' => '、',
            '?' => '？',
            '*' => '＊',
            '[' => '【',
            ']' => '】',
            ':' => '：',
            _ => c,
        })).Trim('\'');
        return name.Length <= 31 ? name : name[..30] + "…";
    }

    private List<Dictionary<string, object>> Stamp(string title, int count, string filter, string purpose, DateTime now) =>
        [
            Line("表格", title),
            Line("导出人", $"{me.DisplayName}（{me.UserName}）"),
            Line("所在单位", me.HomeUnitName),
            Line("导出时间", now.ToString("yyyy年M月d日 HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
            Line("用途", purpose),
            Line("筛选条件", string.IsNullOrEmpty(filter) ? "无" : filter),
            Line("行数", count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Line("提示", "本表含个人信息，仅限上述用途使用，不得转发或公开，用毕请删除。"),
        ];

    private static Dictionary<string, object> Line(string item, string value) => new() { ["项目"] = item, ["内容"] = value };
}
