namespace Guangong.Web.Infrastructure.Errors;

/// <summary>Where a "return to" value may send the browser: a path on this site, never another host.</summary>
public static class LocalPath
{
    /// <summary>True for "/x" but not "//host", "/\host" or anything with a scheme or a control character.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Contains("://", StringComparison.Ordinal) && !url.Contains('\\') && !url.Any(char.IsControl);

    /// <summary>The path itself when it is local ("x" is read as "/x", as the layout sends it), else the home page.</summary>
    public static string OrHome(string? url)
    {
        var path = string.IsNullOrEmpty(url) || url[0] == '/' ? url : "/" + url;
        return IsLocal(path) ? path! : "/";
    }
}
