using Guangong.Web.Infrastructure.Data;

namespace Guangong.Web.Infrastructure.Errors;

/// <summary>
/// A page form whose save the storage refused (database locked, disk full) is shown again with what
/// was typed and the reason above it, answered 503, instead of the error page that loses the typing.
/// Every component's event handlers pass their exceptions here (<c>GuangongComponent</c>); the
/// <c>FormAlert</c> above the page's form shows the message. The failed transaction rolled back, and
/// the unit of work is dropped so nothing of it can be saved later in the same request. A page with
/// no alert to show the message on keeps the error page (it says the same, without the form).
/// </summary>
public sealed class SaveRefusal(IHttpContextAccessor http, IServiceProvider services, ILogger<SaveRefusal> logger)
{
    public const string BusyMessage = "数据库正忙（其他操作正在写入），这次没有保存。您填写的内容还在下面，请稍等片刻再点“保存”；已保存的数据不受影响。";

    public const string FullMessage = "服务器存储空间已满，这次没有保存。您填写的内容还在下面；请告知系统管理员清理磁盘，之后再点“保存”。已保存的数据不受影响。";

    // The activity form puts picked files back by script (form-send.js); other forms and a page without script cannot.
    public const string ReselectFiles = "照片和文件如未留在下方，请重新选择。";

    private readonly List<string?> alerts = [];

    private int shownBy = -1;

    /// <summary>Raised when a save was refused, so the alert re-renders with the message.</summary>
    public event Action? Refused;

    public StorageFault? Fault { get; private set; }

    public string? Message { get; private set; }

    /// <summary>The FormName of the form whose save was refused (a page opens a folded form by it).</summary>
    public string? PostedForm { get; private set; }

    /// <summary>An alert able to show the message is on the page; <paramref name="form"/> names the form it stands above, when a page has several.</summary>
    public int AlertShown(string? form)
    {
        alerts.Add(form);
        return alerts.Count - 1;
    }

    /// <summary>Whether the alert <paramref name="ticket"/> says the message: the one above the posted form, else the page's first.</summary>
    public bool ShownBy(int ticket) => Message is not null && ticket == shownBy;

    /// <summary>
    /// The alert above the posted form: the one named as it, else one named as its family (Form="member-remove"
    /// stands above the forms "member-remove-12", "member-remove-13" of a list), else the page's first.
    /// </summary>
    private int AlertFor(string? posted)
    {
        if (string.IsNullOrEmpty(posted))
        {
            return 0;
        }

        var exact = alerts.FindIndex(form => form == posted);
        return exact >= 0 ? exact : Math.Max(0, alerts.FindIndex(form => form is not null && posted.StartsWith(form + "-", StringComparison.Ordinal)));
    }

    /// <summary>True when <paramref name="exception"/> is a refused save and is now answered on the form.</summary>
    public bool TryTake(Exception exception)
    {
        if (alerts.Count == 0 || StorageFaults.Of(exception) is not { } fault || http.HttpContext is not { } context || context.Response.HasStarted)
        {
            return false;
        }

        logger.LogWarning("Not saved, {Fault}, form shown again: {Method} {Path}: {Reason}", fault, context.Request.Method, context.Request.Path, exception.Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = StorageFaults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        services.GetService<GuangongDbContext>()?.ChangeTracker.Clear();

        // Browsers never send a chosen file twice; the user has to pick them again.
        var files = context.Request.HasFormContentType && context.Request.Form.Files.Any(f => f.Length > 0);
        var posted = context.Request.HasFormContentType ? context.Request.Form["_handler"].ToString() : null;
        shownBy = AlertFor(posted);
        PostedForm = posted;
        Fault = fault;
        Message = (fault == StorageFault.Busy ? BusyMessage : FullMessage) + (files ? " " + ReselectFiles : null);
        Refused?.Invoke();
        return true;
    }
}
