// Mixed-workload load test (issue 18 point 4): officers listing and recording activities, a 五老 checking
// in and out of water patrols while others look at their start page, a district viewer on its dashboard.
//
//   dotnet run -c Release --project bench/Guangong.Load -- http://127.0.0.1:5180 [--users 50] [--seconds 300] [--think-ms 0]
//
// Each virtual user loops: pick an action by weight, send it, wait think-ms (± half, random) and repeat.
// think-ms 0 is a closed loop at full speed (it measures throughput); a think time models people.
// Writes are paced so that one account stays below the platform's upload limit (20 writes a minute per
// user name, Limits:UploadsPerMinute): an officer records at most one activity a minute, the patrol
// user one check-in/check-out pair every 15 s. Reads and writes answer with the status they should
// (200 for pages and lists, 201/200 for writes); anything else, a time-out or a socket error counts as
// an error. Prints p50/p95/p99 per action and overall, requests per second and the errors.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

var baseUrl = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "http://127.0.0.1:5180";
int Option(string name, int fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } v && int.TryParse(v, CultureInfo.InvariantCulture, out var n) ? n : fallback;
var users = Option("--users", 50);
var seconds = Option("--seconds", 300);
var thinkMs = Option("--think-ms", 0);
const string Password = "Demo@12345";

// 40% officers (town officers and village recorders), 40% 五老 (one account: the demo's only volunteer
// login), 20% the 天宁区 viewer. Several virtual users of one name share its signed-in session.
string[] officerNames = ["zhenglu", "tianning-gw", "wushenzhao", "zl-jiaoxi", "zl-school", "zl-middle", "zl-company", "wsz-school"];
var plan = new List<(string Kind, string Name)>();
for (var i = 0; i < users; i++)
{
    var slot = i % 10;
    plan.Add(slot < 4 ? ("officer", officerNames[i / 10 % 2 * 4 + slot]) : slot < 8 ? ("volunteer", "wsz-elder") : ("viewer", "tianning"));
}

var sessions = new Dictionary<string, Session>();
foreach (var name in plan.Select(p => p.Name).Distinct())
{
    sessions[name] = await Session.SignInAsync(baseUrl, name, Password);
}

Console.WriteLine($"{users} users ({plan.Count(p => p.Kind == "officer")} officers, {plan.Count(p => p.Kind == "volunteer")} volunteers, {plan.Count(p => p.Kind == "viewer")} viewers) against {baseUrl} for {seconds} s, think {thinkMs} ms");
var samples = new ConcurrentBag<(string Action, double Ms, bool Ok, string Status)>();
var stopAt = Stopwatch.StartNew();
var duration = TimeSpan.FromSeconds(seconds);
var patrolUserIndex = plan.FindIndex(p => p.Kind == "volunteer");

var tasks = plan.Select((p, index) => Task.Run(async () =>
{
    var random = new Random(index);
    var session = sessions[p.Name];
    var pace = new Pace { LastWrite = TimeSpan.FromSeconds(-random.Next(0, 60)) };
    while (stopAt.Elapsed < duration)
    {
        var (action, send) = Choose(p.Kind, session, random, pace, index == patrolUserIndex, stopAt.Elapsed);
        var watch = Stopwatch.StartNew();
        string status;
        bool ok;
        try
        {
            (ok, status) = await send();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            (ok, status) = (false, ex.GetType().Name);
        }

        samples.Add((action, watch.Elapsed.TotalMilliseconds, ok, status));
        if (thinkMs > 0)
        {
            await Task.Delay(thinkMs / 2 + random.Next(thinkMs + 1));
        }
    }
})).ToArray();
await Task.WhenAll(tasks);
var elapsed = stopAt.Elapsed.TotalSeconds;

static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
var all = samples.ToList();
Console.WriteLine($"{"action",-28}{"requests",10}{"p50 ms",10}{"p95 ms",10}{"p99 ms",10}{"errors",8}");
foreach (var group in all.GroupBy(s => s.Action).OrderBy(g => g.Key, StringComparer.Ordinal).Append(all.GroupBy(_ => "ALL").Single()))
{
    var ms = group.Select(s => s.Ms).Order().ToList();
    Console.WriteLine($"{group.Key,-28}{ms.Count,10}{Percentile(ms, 0.50),10:0}{Percentile(ms, 0.95),10:0}{Percentile(ms, 0.99),10:0}{group.Count(s => !s.Ok),8}");
}

Console.WriteLine($"throughput {all.Count / elapsed:0.0} requests/s over {elapsed:0} s; errors {all.Count(s => !s.Ok)}");
foreach (var error in all.Where(s => !s.Ok).GroupBy(s => (s.Action, s.Status)).Take(10))
{
    Console.WriteLine($"  error {error.Key.Action}: {error.Key.Status} × {error.Count()}");
}

return 0;

static (string Action, Func<Task<(bool, string)>> Send) Choose(string kind, Session s, Random random, Pace pace, bool patrolUser, TimeSpan now)
{
    if (patrolUser && now - pace.LastWrite > TimeSpan.FromSeconds(15))
    {
        pace.LastWrite = now;
        return ("volunteer patrol in+out", s.PatrolAsync);
    }

    if (kind == "officer" && now - pace.LastWrite > TimeSpan.FromSeconds(60))
    {
        pace.LastWrite = now;
        return ("officer POST activity", s.RecordActivityAsync);
    }

    var roll = random.Next(100);
    return kind switch
    {
        "officer" => roll switch
        {
            < 35 => ("officer /activities", () => s.PageAsync("/activities")),
            < 60 => ("officer /volunteers", () => s.PageAsync("/volunteers")),
            < 80 => ("officer /api/v1/activities", () => s.ApiGetAsync("/api/v1/activities")),
            _ => ("officer /", () => s.PageAsync("/")),
        },
        "volunteer" => roll switch
        {
            < 60 => ("volunteer /", () => s.PageAsync("/")),
            < 80 => ("volunteer /water/patrols", () => s.PageAsync("/water/patrols")),
            _ => ("volunteer /api/v1/patrols", () => s.ApiGetAsync("/api/v1/patrols?open=1")),
        },
        _ => roll switch
        {
            < 60 => ("viewer /statistics", () => s.PageAsync("/statistics")),
            _ => ("viewer /", () => s.PageAsync("/")),
        },
    };
}

/// <summary>When a virtual user last wrote: writes are paced below the per-user upload limit.</summary>
internal sealed class Pace
{
    public TimeSpan LastWrite { get; set; }
}

/// <summary>One signed-in account: a cookie for pages and a bearer token for the API, shared by its virtual users.</summary>
internal sealed partial class Session(HttpClient pages, HttpClient api, string userName)
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private long _unitId;
    private long _waterBodyId;

    public static async Task<Session> SignInAsync(string baseUrl, string userName, string password)
    {
        var pages = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 64 })
        { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        var login = await pages.GetStringAsync("/login");
        var form = HiddenInput().Matches(login).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        form["Input.UserName"] = userName;
        form["Input.Password"] = password;
        var signedIn = await pages.PostAsync("/login", new FormUrlEncodedContent(form));
        if (signedIn.StatusCode != HttpStatusCode.Redirect && signedIn.StatusCode != HttpStatusCode.Found)
        {
            throw new InvalidOperationException($"sign-in of {userName} answered {(int)signedIn.StatusCode}");
        }

        var api = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        var token = await api.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        // Token issue is limited per address (Limits:TokensPerMinute); all sessions come from this one: wait as told.
        while (token.StatusCode == HttpStatusCode.TooManyRequests)
        {
            await Task.Delay(token.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(10));
            token = await api.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        }

        token.EnsureSuccessStatusCode();
        api.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        var session = new Session(pages, api, userName);
        var units = await api.GetFromJsonAsync<JsonElement>("/api/v1/units");
        session._unitId = units.GetProperty("items")[0].GetProperty("id").GetInt64();
        if (userName == "wsz-elder")
        {
            var waters = await api.GetFromJsonAsync<JsonElement>("/api/v1/water-bodies");
            session._waterBodyId = waters[0].GetProperty("id").GetInt64();

            // A patrol left open by an earlier, interrupted run would refuse every check-in.
            foreach (var open in (await api.GetFromJsonAsync<JsonElement>("/api/v1/patrols?open=1")).EnumerateArray())
            {
                await session.CheckOutAsync(open.GetProperty("id").GetInt64(), open.GetProperty("version").GetInt64());
            }
        }

        return session;
    }

    public async Task<(bool, string)> PageAsync(string path)
    {
        using var response = await pages.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        // A page that lost its session redirects to /login; a signed-in page names the user's menu.
        return (response.StatusCode == HttpStatusCode.OK && body.Length > 0, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
    }

    public async Task<(bool, string)> ApiGetAsync(string path)
    {
        using var response = await api.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        return (response.StatusCode == HttpStatusCode.OK, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
    }

    public async Task<(bool, string)> RecordActivityAsync()
    {
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, China).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var response = await api.PostAsJsonAsync("/api/v1/activities", new
        {
            title = $"压测活动 {userName} {Guid.NewGuid():N}"[..40], category = "防溺水", status = "Completed", date = today,
            unitId = _unitId.ToString(CultureInfo.InvariantCulture), youthReached = "30", summary = "负载测试写入的活动记录。",
        });
        await response.Content.ReadAsByteArrayAsync();
        return (response.StatusCode == HttpStatusCode.Created, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Checks in an hour ago and out now: two writes, timed together as one action.</summary>
    public async Task<(bool, string)> PatrolAsync()
    {
        var start = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddHours(-1), China);
        using var checkIn = await api.PostAsJsonAsync("/api/v1/patrols/check-in", new
        {
            waterBodyIds = new[] { _waterBodyId }, date = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            time = start.ToString("HH:mm", CultureInfo.InvariantCulture),
        });
        if (checkIn.StatusCode != HttpStatusCode.Created)
        {
            return (false, "check-in " + (int)checkIn.StatusCode + " " + await checkIn.Content.ReadAsStringAsync());
        }

        var patrol = await checkIn.Content.ReadFromJsonAsync<JsonElement>();
        return await CheckOutAsync(patrol.GetProperty("id").GetInt64(), patrol.GetProperty("version").GetInt64());
    }

    private async Task<(bool, string)> CheckOutAsync(long id, long version)
    {
        var end = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, China);
        using var checkOut = await api.PostAsJsonAsync($"/api/v1/patrols/{id}/check-out", new
        {
            date = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), time = end.ToString("HH:mm", CultureInfo.InvariantCulture),
            childrenDissuaded = "0", hazards = "", version,
        });
        return (checkOut.StatusCode == HttpStatusCode.OK, "check-out " + (int)checkOut.StatusCode + (checkOut.IsSuccessStatusCode ? "" : " " + await checkOut.Content.ReadAsStringAsync()));
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();
}
