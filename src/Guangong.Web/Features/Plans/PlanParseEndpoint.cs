using System.Text.Json;
using Guangong.Documents.Plans;

namespace Guangong.Web.Features.Plans;

/// <summary><c>POST /api/v1/plans/parse</c>: the same JSON as <c>plan parse FILE</c>, for a file upload or pasted text.</summary>
public static class PlanParseEndpoint
{
    public sealed record ParseRequest(string? Text);

    public static async Task<IResult> HandleAsync(HttpRequest request, CancellationToken ct)
    {
        string? text;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.FirstOrDefault();
            if (file is null)
            {
                text = form["text"].ToString();
            }
            else
            {
                await using var stream = file.OpenReadStream();
                var read = PlanFileReader.Read(stream, file.FileName);
                if (!read.IsSuccess)
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: read.Error);
                }

                text = read.Text;
            }
        }
        else
        {
            try
            {
                text = (await JsonSerializer.DeserializeAsync<ParseRequest>(request.Body, new JsonSerializerOptions(JsonSerializerDefaults.Web), ct))?.Text;
            }
            catch (JsonException)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "请求体应为 {\"text\": \"计划全文\"}，或以 multipart 上传 .txt/.docx 文件。");
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "没有收到计划文本。");
        }

        if (text.Length > 500_000)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "文本超过50万字，请只提交计划本身。");
        }

        return Results.Text(PlanJson.Serialize(PlanTextParser.Parse(text)), "application/json; charset=utf-8");
    }
}
