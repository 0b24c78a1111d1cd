using System.Net;
using System.Net.Http.Headers;
using Guangong.Web.Tests.Infrastructure;
using SkiaSharp;

namespace Guangong.Web.Tests.Activities;

/// <summary>Posts the activity form as a browser does: multipart, with photos and ticked volunteers.</summary>
internal static class ActivityForms
{
    public static byte[] Jpeg(int width = 800, int height = 600)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SkyBlue);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 80).ToArray();
    }

    /// <summary>The new-activity form's fields for a completed activity of <paramref name="unitId"/>, recorded on its behalf.</summary>
    public static Dictionary<string, string> NewActivityFields(string title, long unitId) => new()
    {
        ["Input.Title"] = title,
        ["Input.Category"] = "法治教育",
        ["Input.Status"] = "Completed",
        ["Input.Date"] = "2023-06-01",
        ["Input.UnitId"] = unitId.ToString(),
        ["Input.YouthReached"] = "30",
        ["Input.OnBehalfReason"] = "活动记录人统一登记",
        ["Input.SubmissionKey"] = Guid.NewGuid().ToString("N"),
    };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string handler, IDictionary<string, string> fields, IEnumerable<(string Field, string Name, byte[] Bytes)>? files = null, IEnumerable<(long VolunteerId, string Hours)>? served = null, IEnumerable<string>? uploaded = null, bool enhanced = false)
    {
        var page = await client.GetStringAsync(url);
        var form = new MultipartFormDataContent
        {
            { new StringContent(handler), "_handler" },
            { new StringContent(HttpSession.AntiforgeryToken(page)), "__RequestVerificationToken" },
        };
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        foreach (var (id, hours) in served ?? [])
        {
            form.Add(new StringContent(id.ToString()), "served");
            form.Add(new StringContent(hours), $"hours[{id}]");
        }

        foreach (var token in uploaded ?? [])
        {
            form.Add(new StringContent(token), "uploaded");
        }

        foreach (var (field, name, bytes) in files ?? [])
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, field, name);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
        if (enhanced)
        {
            // As Blazor's page script sends an enhanced form.
            request.Headers.TryAddWithoutValidation("Accept", "text/html; blazor-enhanced-nav=on");
        }

        return await client.SendAsync(request);
    }

    public static async Task<string> HtmlAsync(this HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}
