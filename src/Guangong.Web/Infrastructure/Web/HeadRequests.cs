using Microsoft.AspNetCore.Http.Features;

namespace Guangong.Web.Infrastructure.Web;

/// <summary>
/// Answers a HEAD request as the GET of the same address would be answered, without its body: uptime
/// monitors and link checkers ask with HEAD, and the pages and downloads are mapped for GET only (a HEAD
/// was answered 405). It runs before routing (a startup filter), so the GET endpoint is the one chosen;
/// the body is dropped here, so no server or test host ever sends it.
/// </summary>
public sealed class HeadRequests : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, inner) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await inner(context);
                return;
            }

            var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
            context.Request.Method = HttpMethods.Get;
            try
            {
                await inner(context);
            }
            finally
            {
                context.Request.Method = HttpMethods.Head;
                context.Features.Set(body);
            }
        });
        next(app);
    };
}
