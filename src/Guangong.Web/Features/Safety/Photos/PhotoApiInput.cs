using System.Text.Json;
using Guangong.Web.Features.Activities;
using Microsoft.Extensions.Options;

namespace Guangong.Web.Features.Safety.Photos;

/// <summary>
/// Reads a phone client's record with its photos, as the activities API takes them: plain JSON, or
/// multipart with the JSON in one field (<c>inspection</c>, <c>checkIn</c>, <c>checkOut</c>) and the photos as files.
/// </summary>
internal static class PhotoApiInput
{
    public static async Task<(T? Input, IReadOnlyList<EvidenceFiles.Upload> Uploads, IResult? Error)> ReadAsync<T>(HttpRequest request, string field, CancellationToken ct)
        where T : class
    {
        // The app's own JSON settings (clean strings), as the endpoints that bind a body use.
        var json = request.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(ct);
                var text = form[field].ToString();
                var input = string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<T>(text, json);
                return input is null
                    ? (null, [], Results.Problem(statusCode: 400, title: $"缺少 {field} 字段（记录的JSON）。"))
                    : (input, await SafetyPhotos.ReadAsync(form.Files, ct), null);
            }

            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, json, ct);
            return body is null ? (null, [], Results.Problem(statusCode: 400, title: "请求体是空的。")) : (body, [], null);
        }
        catch (JsonException)
        {
            return (null, [], Results.Problem(statusCode: 400, title: "JSON格式有误，请核对字段。"));
        }
    }
}
