using Guangong.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.WebUtilities;

namespace Guangong.Web.Infrastructure.Exports;

/// <summary>Marks an export endpoint whose file holds personal data (names, phones, birth dates, hours of named people).</summary>
public sealed class PersonalDataExportMetadata;

/// <summary>
/// Exports of personal data go through a purpose page: the list's button leads to it, and a download
/// without a valid purpose (a bookmark, an old link) is sent there first. <see cref="ExcelExport"/>
/// then stamps the file with who, when and why.
/// </summary>
public static class PersonalDataExport
{
    public const string PurposePage = "/exports/purpose";

    /// <summary>The purpose page for an export address (path and query).</summary>
    public static string LinkTo(string exportUrl) => QueryHelpers.AddQueryString(PurposePage, "next", exportUrl);

    /// <param name="exists">For one record's export: whether the reader may see it. One they may not is answered
    /// 页面不存在 at once, not after they were asked why they want it.</param>
    public static RouteHandlerBuilder AsPersonalDataExport(this RouteHandlerBuilder builder, Func<HttpContext, Task<bool>>? exists = null) =>
        builder.WithMetadata(new PersonalDataExportMetadata()).AddEndpointFilter(async (context, next) =>
        {
            if (exists is not null && !await exists(context.HttpContext))
            {
                return Results.NotFound();
            }

            var request = context.HttpContext.Request;
            var (purpose, error) = ExportPurpose.Read(request.Query["purpose"], request.Query["purposeNote"]);
            if (purpose is not null)
            {
                context.HttpContext.Items[typeof(ExportPurpose)] = purpose;
                return await next(context);
            }

            var target = QueryHelpers.AddQueryString(request.Path.Value!, FiltersOf(request.QueryString.Value));
            var page = LinkTo(target);
            return Results.Redirect(request.Query.ContainsKey("purpose") ? QueryHelpers.AddQueryString(page, "error", error!) : page);
        });

    /// <summary>An export's query without its purpose: the list's filters, which the purpose page carries through.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> FiltersOf(string? query) =>
        QueryHelpers.ParseQuery(query)
            .Where(p => p.Key is not ("purpose" or "purposeNote"))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));

    /// <summary>The export address in a purpose link, when it is a local address.</summary>
    public static string? NextOf(string? next) =>
        LocalPath.IsLocal(next) && next!.Split('?')[0].EndsWith("/export", StringComparison.Ordinal) ? next : null;
}
