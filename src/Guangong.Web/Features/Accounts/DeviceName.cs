namespace Guangong.Web.Features.Accounts;

/// <summary>
/// A browser's User-Agent as a person names the device: 安卓手机，Chrome浏览器. The sign-in log and the list of one's
/// signed-in devices show it, so a user (or the administrator) tells their own phone from a stranger's computer.
/// </summary>
public static class DeviceName
{
    public static string Of(string? agent)
    {
        if (string.IsNullOrWhiteSpace(agent))
        {
            return "未提供设备信息";
        }

        var device = agent switch
        {
            _ when agent.Contains("iPad", StringComparison.Ordinal) => "苹果平板",
            _ when agent.Contains("iPhone", StringComparison.Ordinal) => "苹果手机",
            _ when agent.Contains("Android", StringComparison.Ordinal) => "安卓手机",
            _ when agent.Contains("Windows", StringComparison.Ordinal) => "Windows电脑",
            _ when agent.Contains("Mac OS", StringComparison.Ordinal) => "苹果电脑",
            _ when agent.Contains("Linux", StringComparison.Ordinal) => "Linux电脑",
            _ => null,
        };
        var browser = agent switch
        {
            _ when agent.Contains("MicroMessenger", StringComparison.Ordinal) => "微信里的浏览器",
            _ when agent.Contains("Edg/", StringComparison.Ordinal) => "Edge浏览器",
            _ when agent.Contains("Firefox/", StringComparison.Ordinal) => "Firefox浏览器",
            _ when agent.Contains("Chrome/", StringComparison.Ordinal) || agent.Contains("CriOS/", StringComparison.Ordinal) => "Chrome浏览器",
            _ when agent.Contains("Safari/", StringComparison.Ordinal) => "Safari浏览器",
            _ => null,
        };
        return (device, browser) switch
        {
            (null, null) => "其他设备",
            (null, _) => browser!,
            (_, null) => device!,
            _ => $"{device}，{browser}",
        };
    }
}
