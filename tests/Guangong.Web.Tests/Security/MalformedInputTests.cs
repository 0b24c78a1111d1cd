using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Guangong.Web.Tests.Security;

/// <summary>
/// Thousands of generated malformed requests against every API write endpoint and every form of the
/// pages an officer opens: wrong types, huge and deep JSON, odd Unicode, boundary dates and numbers,
/// broken multipart, path tricks in file names. None may answer 5xx; the API bodies are all
/// unusable, so no table may change under them. (A page form that happens to receive acceptable
/// values may save them: that is the form working, so forms are held to "no 5xx" only.)
/// </summary>
public sealed class MalformedInputTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private const int Seed = 20261201;

    private static readonly ParallelOptions Lanes = new() { MaxDegreeOfParallelism = 4 };

    private GuangongApp App => fixture.App;

    /// <summary>Written by any request (who signed in, what was refused, which list was read), not by the data it sends.</summary>
    private static readonly string[] Bookkeeping = ["AuditEntries", "UserSessions", "AspNetUsers"];

    [Fact]
    public async Task Ten_thousand_malformed_requests_get_no_5xx_and_change_no_table()
    {
        var api = await App.ApiClientAsync("wushenzhao");
        var browser = await App.SignedInAsync("wushenzhao");
        await using var db = new SqliteConnection(App.Database.ConnectionString);
        var before = await TableChecksums.OfAsync(db, Bookkeeping);

        // Each request is made from its own seed, drawn in a fixed order, so the requests stay the same run to run
        // while several are in flight at once: most of a request's time is the database's write to disk (the
        // audit of what was refused), and that wait overlaps.
        var random = new Random(Seed);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var sent = 0;
        var apiRequests = ApiWriteRoutes().SelectMany(r => Enumerable.Range(0, 560).Select(_ => (r.Method, r.Route, Seed: random.Next()))).ToList();
        await Parallel.ForEachAsync(apiRequests, Lanes, async (r, ct) =>
        {
            var own = new Random(r.Seed);
            using var request = new HttpRequestMessage(new HttpMethod(r.Method), Fill(r.Route, own)) { Content = Body(own) };
            using var response = await api.SendAsync(request, ct);
            Interlocked.Increment(ref sent);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{r.Method} {request.RequestUri} {request.Content?.Headers.ContentType}: {(int)response.StatusCode}");
            }
        });

        Assert.Equal(before, await TableChecksums.OfAsync(db, Bookkeeping));

        var formPosts = (await FormsAsync(browser)).SelectMany(f => Enumerable.Range(0, 60).Select(_ => (f.Url, f.Handler, f.Fields, Seed: random.Next()))).ToList();
        await Parallel.ForEachAsync(formPosts, Lanes, async (f, ct) =>
        {
            using var fresh = await browser.GetAsync(f.Url, ct);
            if (fresh.StatusCode != HttpStatusCode.OK)
            {
                return; // the check-in page is rate-limited, and the API phase has used the quota
            }

            var own = new Random(f.Seed);
            var page = await fresh.Content.ReadAsStringAsync(ct);
            var values = f.Fields.Select(name => new KeyValuePair<string, string>(name, OddText(own))).ToList();
            values.Add(new("_handler", f.Handler));
            values.Add(new("__RequestVerificationToken", HttpSession.AntiforgeryToken(page)));
            using var response = await browser.PostAsync(f.Url, new FormUrlEncodedContent(values), ct);
            Interlocked.Increment(ref sent);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"POST {f.Url} ({f.Handler}): {(int)response.StatusCode}");
            }
        });

        Assert.True(sent >= 10_000, $"only {sent} requests were sent");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} answered 5xx:\n" + string.Join('\n', failures.Distinct().Take(30)));
    }

    private IEnumerable<(string Method, string Route)> ApiWriteRoutes() =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Where(m => m is "POST" or "PUT" or "DELETE").Select(m => (m, e.RoutePattern.RawText!)))
            .Distinct()
            .OrderBy(r => r.Item2, StringComparer.Ordinal).ThenBy(r => r.m, StringComparer.Ordinal);

    /// <summary>
    /// Every form with fields to type (its handler and field names) on the menu's pages and the records
    /// they link to, read as a browser sees them. Forms without fields (toggles, deletions) are left
    /// alone: any post of them is a valid act.
    /// </summary>
    private static async Task<List<(string Url, string Handler, List<string> Fields)>> FormsAsync(HttpClient browser)
    {
        var links = System.Text.RegularExpressions.Regex.Matches(await browser.GetStringAsync("/"), "href=\"(/[a-z][^\"#?]*)\"").Select(m => m.Groups[1].Value)
            .Where(u => !u.Contains("export", StringComparison.Ordinal) && !u.StartsWith("/account", StringComparison.Ordinal)).Distinct().ToList();
        var pages = new List<string>(links);
        foreach (var url in links)
        {
            var list = await browser.GetAsync(url);
            var html = list.IsSuccessStatusCode ? await list.Content.ReadAsStringAsync() : string.Empty;
            pages.AddRange(System.Text.RegularExpressions.Regex.Matches(html, "href=\"(/[a-z][a-z/]*/\\d+(?:/[a-z-]+)?)\"").Select(m => m.Groups[1].Value).Distinct().Take(3));
        }

        var forms = new List<(string, string, List<string>)>();
        foreach (var url in pages.Distinct())
        {
            var response = await browser.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            foreach (var handler in System.Text.RegularExpressions.Regex.Matches(html, "name=\"_handler\" value=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct())
            {
                var fields = HtmlForm.Fields(html, handler).Select(f => f.Key)
                    .Where(k => k is not "_handler" and not "__RequestVerificationToken" && !k.EndsWith("Version", StringComparison.OrdinalIgnoreCase) && k != "version").Distinct().ToList();
                if (fields.Count > 0)
                {
                    forms.Add((url, handler, fields));
                }
            }
        }

        Assert.True(forms.Count >= 5, $"only {forms.Count} forms found");
        return forms;
    }

    private static string Fill(string route, Random random) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", _ => Pick(random, "1", "0", "-1", "9223372036854775807", "99999999", "abc", "%2e%2e", "1.5"));

    /// <summary>A body that no endpoint can take: broken or wrongly typed JSON, other media types, broken multipart.</summary>
    private static HttpContent Body(Random random)
    {
        switch (random.Next(9))
        {
            case 0:
                return Json(Pick(random, "{", "{\"a\":", "[", "nul", "\"\\ud800\"", "{\"title\": \"\\u0000\"", "{'title':'x'}", "{\"a\":1,}", "\u0000\u0001"));
            case 1:
                return Json(new string('[', 5000) + new string(']', 5000));
            case 2:
                return Json(Pick(random, "[1,2,3]", "42", "null", "true", "\"text\"", "[]", "[{}]"));
            case 3:
                // Every usual field with a value of the wrong JSON type: strings are expected everywhere.
                var value = Pick(random, "12345", "-1", "1e309", "true", "[\"a\"]", "{\"x\":1}", "9223372036854775808", "0.1e-400");
                var names = new[] { "title", "name", "date", "unitId", "version", "status", "hours", "topic", "role", "personName", "termStart", "termEnd", "text", "userName", "password", "category", "birthYear", "phone", "kind", "volunteerIds", "served", "note", "percent", "code" };
                return Json("{" + string.Join(",", names.Select(n => $"\"{n}\":{value}")) + "}");
            case 4:
                return Json("{\"title\":\"" + new string('长', 200_000) + "\",\"version\":[]}");
            case 5:
                var media = Pick(random, "text/plain", "application/xml", "application/x-www-form-urlencoded", "image/png", "application/octet-stream");
                var other = new ByteArrayContent(Encoding.UTF8.GetBytes("<title>\u202e" + OddText(random) + "</title>"));
                other.Headers.ContentType = MediaTypeHeaderValue.Parse(media);
                return other;
            case 6:
                var noBoundary = new ByteArrayContent(Encoding.UTF8.GetBytes("--x\r\nContent-Disposition: form-data; name=\"activity\"\r\n\r\n{}"));
                noBoundary.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
                return noBoundary;
            case 7:
                var cut = new ByteArrayContent(Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + Pick(random, "../../etc/passwd", "C:\\Windows\\x.jpg", "a\u0000.jpg", "\u202egpj.exe", "") + "\"\r\n\r\n\xff\xd8\xff"));
                cut.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
                return cut;
            default:
                var form = new MultipartFormDataContent
                {
                    { new StringContent("{\"title\": 7, \"date\": [\"9999-12-31\"]}"), "activity" },
                    { new ByteArrayContent([0xFF, 0xD8, 0xFF, 0x00, 0x13]), "photos", Pick(random, "../../../x.jpg", "..\\..\\x.jpg", "x\u202ejpg.exe", "CON.jpg", new string('a', 400) + ".jpg") },
                };
                return form;
        }
    }

    /// <summary>Text a form field should refuse or clean: boundary dates and numbers, odd Unicode, very long or empty.</summary>
    private static string OddText(Random random) => Pick(random,
        "", " ", "0001-01-01", "9999-12-31", "2023-02-30", "2023年13月1日", "-1", "1e309", "NaN", "99999999999999999999", "abc",
        "\u0000", "\u202e\u202d", "\ud800", "𠀀𠀀", "<script>alert(1)</script>", "' OR 1=1 --", new string('长', 5000), "../../etc/passwd",
        "1\u200b2", "١٢٣", "２０２３-０４-０５");

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];
}
