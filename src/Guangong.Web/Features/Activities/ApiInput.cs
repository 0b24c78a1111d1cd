using System.Text.Json;
using Guangong.Web.Infrastructure.Files;

namespace Guangong.Web.Features.Activities;

/// <summary>Reads an activity from an API call: plain JSON, or multipart with the JSON in "activity" and photos as files.</summary>
internal static class ApiInput
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new Infrastructure.Text.CleanStringJsonConverter() } };

    public static async Task<(ActivityInput? Input, IReadOnlyList<EvidenceFiles.Upload> Uploads, IResult? Error)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(ct);
                var input = JsonSerializer.Deserialize<ActivityInput>(form["activity"].ToString(), Json);
                if (input is null)
                {
                    return (null, [], Results.Problem(statusCode: 400, title: "缺少 activity 字段（活动的JSON）。"));
                }

                var uploads = new List<EvidenceFiles.Upload>();
                foreach (var file in form.Files)
                {
                    uploads.Add(await EvidenceFiles.ReadAsync(file, ct));
                }

                return (input, uploads, null);
            }

            var body = await JsonSerializer.DeserializeAsync<ActivityInput>(request.Body, Json, ct);
            return body is null ? (null, [], Results.Problem(statusCode: 400, title: "请求体是空的。")) : (body, [], null);
        }
        catch (JsonException)
        {
            return (null, [], Results.Problem(statusCode: 400, title: "JSON格式有误：所有字段请用字符串，如 \"youthReached\": \"30\"。"));
        }
    }
}
