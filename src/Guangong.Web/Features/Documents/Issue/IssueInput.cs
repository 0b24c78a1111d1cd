
namespace Guangong.Web.Features.Documents.Issue;

/// <summary>
/// The issue form: every field is text, checked by <see cref="IssueDocument"/> with Chinese messages.
/// <see cref="IssueKey"/> is set when the form is first shown, so posting it twice issues once.
/// </summary>
public sealed class IssueInput
{
    public const string DocumentFormat = "文件";
    public const string LetterFormat = "信函";
    public const string PlainFormat = "无版头";

    public static readonly IReadOnlyList<string> Formats = [DocumentFormat, LetterFormat, PlainFormat];

    /// <summary>The summary's title and text (the notice's come from the plan).</summary>
    public string? Title { get; set; }

    public string? Text { get; set; }

    /// <summary>成文日期, yyyy-MM-dd.</summary>
    public string? Date { get; set; }

    public string? Signer { get; set; }

    public string? Format { get; set; }

    /// <summary>A number typed by hand; empty takes the next one.</summary>
    public string? Sequence { get; set; }

    /// <summary>主送机关, as it is to be printed.</summary>
    public string? Recipients { get; set; }

    /// <summary>抄送机关, separated by 、，or new lines.</summary>
    public string? CopyTo { get; set; }

    public string? PrintedBy { get; set; }

    public string? PrintedDate { get; set; }

    public string? IssueKey { get; set; }

    /// <summary>How many of these the plan had when the form was shown: a tab opened before the last issue is stale.</summary>
    public int IssuedBefore { get; set; }

    /// <summary>"save" keeps the summary's draft; anything else issues.</summary>
    public string? Action { get; set; }

    public long DraftVersion { get; set; }

    public bool SavesDraft => Action == "save";
}
