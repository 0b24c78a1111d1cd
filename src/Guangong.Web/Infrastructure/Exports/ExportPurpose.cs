using Guangong.Web.Infrastructure.Text;

namespace Guangong.Web.Infrastructure.Exports;

/// <summary>
/// Why a spreadsheet of personal data leaves the platform (PIPL: use for a stated purpose only). The
/// purpose is asked before the download, written into the file beside who exported it and when, and
/// kept in the audit trail.
/// </summary>
public static class ExportPurpose
{
    public const string Other = "其他";

    public const int MaxLength = 60;

    /// <summary>The purposes a town office names most; anything else is 其他 with a note.</summary>
    public static readonly IReadOnlyList<string> Common =
    [
        "年度统计上报",
        "走访慰问",
        "表彰评选",
        "活动组织与通知",
        "名册核对",
        Other,
    ];

    /// <summary>The messages shown beside the field, by the code the export's check sends back to the purpose page.</summary>
    public static readonly IReadOnlyDictionary<string, string> Messages = new Dictionary<string, string>
    {
        ["missing"] = "请选择导出用途。",
        ["unknown"] = "请从列表中选择导出用途。",
        ["note"] = "选择“其他”时请写明用途。",
        ["long"] = $"用途说明请不超过{MaxLength}个字。",
    };

    /// <summary>The purpose as it goes into the file, or the code of the message to show beside the field.</summary>
    public static (string? Purpose, string? Error) Read(string? choice, string? note)
    {
        choice = CleanText.OrNull(choice)?.Trim();
        note = CleanText.OrNull(note)?.Trim();
        if (string.IsNullOrEmpty(choice))
        {
            return (null, "missing");
        }

        if (!Common.Contains(choice))
        {
            // A link may carry a purpose typed earlier ("其他：…"); anything else is not a purpose we offered.
            return choice.StartsWith(Other + "：", StringComparison.Ordinal) && choice.Length > Other.Length + 1 && choice.Length <= MaxLength + Other.Length + 1
                ? (choice, null)
                : (null, "unknown");
        }

        if (choice != Other)
        {
            return (choice, null);
        }

        if (string.IsNullOrEmpty(note))
        {
            return (null, "note");
        }

        return note.Length > MaxLength ? (null, "long") : ($"{Other}：{note}", null);
    }
}
