namespace Guangong.Web.Infrastructure.Web;

/// <summary>
/// Whether a request was sent by Blazor's page script (an enhanced navigation or an enhanced form post)
/// rather than by the browser itself. The script asks for <c>text/html; blazor-enhanced-nav=on</c>.
/// </summary>
public static class EnhancedNavigation
{
    public static bool IsEnhanced(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("blazor-enhanced-nav=on", StringComparison.OrdinalIgnoreCase) == true);
}
