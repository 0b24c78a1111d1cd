using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Guangong.Web.Infrastructure.Web;

/// <summary>
/// HTML pages go out compressed (Brotli, else gzip): a form or a list of Chinese text shrinks 5–8 times,
/// which on a phone over 3G is most of the time a page takes to arrive. The stylesheets and scripts are
/// compressed at build time by MapStaticAssets; this is only for the pages.
/// <para>
/// BREACH (a compressed HTTPS answer's size reveals a secret in it when the attacker can put text of
/// their choice beside it and send the request many times) is why compression over HTTPS is off by
/// default. Here a page is compressed only when the browser says the request came from this site itself
/// or from the user (Sec-Fetch-Site same-origin or none, a header no page can set). The many requests
/// the attack needs can only be started by the attacker's own page, so they are cross-site and go out
/// uncompressed; so does every request from a browser that sends no such header. Besides, the
/// anti-forgery token in a form is encrypted afresh for every answer and the session cookie is SameSite=Lax.
/// </para>
/// </summary>
public static class PageCompression
{
    public static IServiceCollection AddPageCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/html"];
        });

        // Brotli's "optimal" is its quality 4: a 60 KB page takes about a millisecond.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    public static IApplicationBuilder UsePageCompression(this IApplicationBuilder app) =>
        app.UseWhen(IsFromThisSite, branch => branch.UseResponseCompression());

    /// <summary>The browser's own word (Fetch Metadata) that this request was not started by another site.</summary>
    public static bool IsFromThisSite(HttpContext context) =>
        context.Request.Headers["Sec-Fetch-Site"].ToString() is "same-origin" or "none";
}
