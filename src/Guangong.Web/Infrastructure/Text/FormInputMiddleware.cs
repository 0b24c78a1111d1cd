using Guangong.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace Guangong.Web.Infrastructure.Text;

/// <summary>
/// Reads every posted form once, before anything else does. A body that is not a form at all
/// (multipart without a boundary, cut off half-way, over the value limits) is answered 400 here,
/// so no page or endpoint meets it half-read and fails with a 500. The values of a good form are
/// passed through <see cref="CleanText"/>, the one place where text from a form is made clean.
/// </summary>
public sealed class FormInputMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // A re-executed error or status page only renders; its form was read (or refused, even for its
        // anti-forgery token, which makes every later look at the form throw) the first time.
        if (context.Features.Get<IExceptionHandlerFeature>() is not null || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
            await next(context);
            return;
        }

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
            // The status page is re-executed next: as a GET, so it renders instead of looking for the
            // posted form, and with an empty form, so nothing reads the broken body again.
            context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
            if (!ApiProblem.IsApi(context))
            {
                context.Request.Method = HttpMethods.Get;
            }

            var status = ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
            await ApiProblem.WriteOrSetStatusAsync(context, status, status == StatusCodes.Status413PayloadTooLarge ? RequestLimits.TooLargeMessage : "提交的内容格式不正确或不完整，请重新提交。");
            return;
        }

        if (form.Keys.Any(k => form[k].Any(v => v is not null && !CleanText.IsClean(v))))
        {
            var values = form.Keys.ToDictionary(k => k, k => new StringValues(form[k].Select(CleanText.OrNull).ToArray()));
            context.Features.Set<IFormFeature>(new FormFeature(new FormCollection(values, form.Files)));
        }

        await next(context);
    }
}
