using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>Signs a cookie-keeping client in through the real login form, anti-forgery token included.</summary>
public static partial class HttpSession
{
    public const string DemoPassword = "Demo@12345";

    public static async Task<HttpClient> SignedInAsync(this GuangongApp app, string userName, string password = DemoPassword)
    {
        var client = app.Browser();
        var response = await client.LoginAsync(userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A client of the JSON API with a bearer token, as a phone app would hold.</summary>
    public static async Task<HttpClient> ApiClientAsync(this GuangongApp app, string userName, string password = DemoPassword)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("token").GetString();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<HttpResponseMessage> LoginAsync(this HttpClient client, string userName, string password)
    {
        var form = await client.GetStringAsync("/login");
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>Posts a Blazor form of the page at <paramref name="url"/> with its anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, string handler, IDictionary<string, string> fields, string? postUrl = null)
    {
        var page = await client.GetStringAsync(url);
        var values = new Dictionary<string, string>(fields)
        {
            ["_handler"] = handler,
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
        };
        return await client.PostAsync(postUrl ?? url, new FormUrlEncodedContent(values));
    }

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("No anti-forgery token in the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
