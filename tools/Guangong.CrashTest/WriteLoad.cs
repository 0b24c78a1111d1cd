using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SkiaSharp;

namespace Guangong.CrashTest;

/// <summary>
/// Writers that record activities with a photo through the API as the school recorder of 乌审召小学,
/// until the app dies under them. A write counts as acknowledged only when its 201 reached the client.
/// </summary>
internal sealed class WriteLoad(HttpClient client, int round, int writers, WriterIdentity identity)
{
    public const string TitlePrefix = "断电测试";

    private static readonly byte[] Photo = MakePhoto();
    private readonly ConcurrentBag<string> _acknowledged = [];
    private int _attempted;
    private int _inFlight;
    private long _firstAcknowledged = -1;

    public IEnumerable<string> Acknowledged => _acknowledged;

    public int Attempted => _attempted;

    /// <summary>Requests sent and not yet answered: read at the kill, to show that it fell among writes.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Stopwatch ticks at the first 201 of this round (<see cref="Stopwatch.GetTimestamp"/>), or -1.</summary>
    public long FirstAcknowledged => Interlocked.Read(ref _firstAcknowledged);

    /// <summary>True when the app no longer took the token (the next round signs in again).</summary>
    public bool TokenRefused { get; private set; }

    /// <summary>Runs until the first writer sees the connection go, then lets the others finish their request.</summary>
    public async Task RunAsync()
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", identity.Token);
        await Task.WhenAll(Enumerable.Range(1, writers).Select(WriterAsync));
    }

    private async Task WriterAsync(int writer)
    {
        for (var n = 1; ; n++)
        {
            var title = $"{TitlePrefix} {round:D3}-{writer}-{n}";
            var json = JsonSerializer.Serialize(new { title, category = "防溺水", status = "Completed", date = "2023-07-01", unitId = identity.UnitId, youthReached = "12" });
            using var form = new MultipartFormDataContent
            {
                { new StringContent(json), "activity" },
                { new ByteArrayContent(Photo), "photos", "photo.jpg" },
            };
            Interlocked.Increment(ref _attempted);
            try
            {
                Interlocked.Increment(ref _inFlight);
                using var response = await SendAsync(form);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    _acknowledged.Add(title);
                    Interlocked.CompareExchange(ref _firstAcknowledged, Stopwatch.GetTimestamp(), -1);
                }
                else if (response.StatusCode == HttpStatusCode.Unauthorized)
                {
                    TokenRefused = true;
                    return;
                }
                else if ((int)response.StatusCode >= 500)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                return; // the app is gone
            }
        }
    }

    private async Task<HttpResponseMessage> SendAsync(MultipartFormDataContent form)
    {
        try
        {
            return await client.PostAsync("/api/v1/activities", form);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static byte[] MakePhoto()
    {
        using var bitmap = new SKBitmap(320, 240);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(40, 120, 200));
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 80).ToArray();
    }
}

/// <summary>
/// The school recorder's token and unit, got once: a phone app keeps its token across a server restart, and
/// signing in again every round would add the password hashing to each round's time.
/// </summary>
internal sealed record WriterIdentity(string Token, string UnitId)
{
    public static async Task<WriterIdentity> SignInAsync(HttpClient client)
    {
        var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "wsz-school", password = "Demo@12345" });
        token.EnsureSuccessStatusCode();
        var secret = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/units?q=乌审召小学");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var units = await (await client.SendAsync(request)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return new WriterIdentity(secret, units.GetProperty("items")[0].GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture));
    }
}
