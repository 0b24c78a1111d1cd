using Guangong.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace Guangong.Web.Infrastructure.Text;

/// <summary>
/// Makes what was typed into an address or a form read as the pages read it. A query string's full-width digits
/// (?year=２０２５ typed by hand into the address bar) are made ASCII, so every page's filters and paging read them.
/// Reads every posted form once, before anything else does. A body that is not a form at all
/// (multipart without a boundary, cut off half-way, over the value limits) is answered 400 here,
/// so no page or endpoint meets it half-read and fails with a 500. The values of a good form are
/// passed through <see cref="CleanText"/>, the one place where text from a form is made clean, and full-width
/// digits are made ASCII (<see cref="TypedDigits"/>).
/// </summary>
public sealed class FormInputMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // A re-executed error or status page only renders; its form was read (or refused, even for its
        // anti-forgery token, which makes every later look at the form throw) the first time.
        if (ReExecuteAsGetMiddleware.IsReExecution(context))
        {
            context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
            await next(context);
            return;
        }

        HalfWidthQuery(context.Request);
        if (!context.Request.HasFormContentType)
        {
            await next(context);
            return;
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            // Nothing reads the broken body again; the status page re-executed next is a GET (ReExecuteAsGetMiddleware).
            context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));

            var status = ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
            await ApiProblem.WriteOrSetStatusAsync(context, status, status == StatusCodes.Status413PayloadTooLarge ? RequestLimits.TooLargeMessage : "提交的内容格式不正确或不完整，请重新提交。");
            return;
        }

        if (form.Keys.Any(k => form[k].Any(v => v is not null && (!CleanText.IsClean(v) || Typed(k, v) != v))))
        {
            var values = form.Keys.ToDictionary(k => k, k => new StringValues(form[k].Select(v => v is null ? null : Typed(k, CleanText.Of(v))).ToArray()));
            context.Features.Set<IFormFeature>(new FormFeature(new FormCollection(values, form.Files)));
        }

        await next(context);
    }

    private static void HalfWidthQuery(HttpRequest request)
    {
        if (!request.QueryString.HasValue || !request.Query.Any(p => p.Value.Any(v => v is not null && TypedDigits.Half(v) != v)))
        {
            return;
        }

        var query = new Microsoft.AspNetCore.Http.Extensions.QueryBuilder();
        foreach (var (key, values) in request.Query)
        {
            query.Add(key, values.Select(v => v is null ? string.Empty : TypedDigits.Half(v)));
        }

        request.QueryString = query.ToQueryString();
    }

    /// <summary>Full-width digits made ASCII (<see cref="TypedDigits"/>), a phone's spaces dropped; a password stays as typed.</summary>
    private static string Typed(string field, string value) =>
        field.Contains("password", StringComparison.OrdinalIgnoreCase) ? value
        : field.EndsWith("phone", StringComparison.OrdinalIgnoreCase) ? TypedDigits.Phone(value)
        : TypedDigits.Half(value);
}
