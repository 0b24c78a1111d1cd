namespace Guangong.Web.Features.Accounts;

/// <summary>
/// Elder mode is kept with the account, so the sign-in page cannot know it: the phone it was turned on from remembers it in a
/// cookie, and the sign-in page after 退出 (or an expired session) stays in large text for the elder who signs in again.
/// The cookie holds no more than "1".
/// </summary>
public static class ElderModeDevice
{
    public const string Cookie = "gg-elder";

    public static void Remember(HttpContext http, bool elderMode)
    {
        if (elderMode)
        {
            http.Response.Cookies.Append(Cookie, "1", new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, MaxAge = TimeSpan.FromDays(365), IsEssential = true,
            });
        }
        else
        {
            http.Response.Cookies.Delete(Cookie);
        }
    }

    /// <summary>Whether a page shown to no one signed in is drawn in elder mode.</summary>
    public static bool Remembered(HttpContext? http) => http?.Request.Cookies[Cookie] == "1";
}
