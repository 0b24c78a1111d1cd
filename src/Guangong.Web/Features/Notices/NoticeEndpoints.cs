using System.Text.Json;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;

namespace Guangong.Web.Features.Notices;

public static class NoticeEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new Infrastructure.Text.CleanStringJsonConverter() } };

    public static IEndpointRouteBuilder MapNoticeEndpoints(this IEndpointRouteBuilder app)
    {
        // Attachments are read through the scope filter like the rows they belong to: another unit's file is a 404.
        app.MapGet("/notices/files/{id:long}", async (long id, NoticeDirectory notices, NoticeFiles files, CancellationToken ct) =>
            await notices.FileAsync(id, ct) is { } f && files.Open(f.StorageKey) is { } stream
                ? Results.File(stream, f.ContentType, f.FileName)
                : Results.NotFound())
            .RequireAuthorization(Policies.CanReadNotices).ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/notices").RequireAuthorization(Policies.CanReadNotices).WithTags("通知公告");
        api.MapGet("/", async (NoticeDirectory notices, CurrentUser me, CancellationToken ct) => new NoticeListDto(
            [.. (await notices.ReceivedAsync(ct)).Select(ReceivedNoticeDto.From)],
            me.Can(Policies.CanIssueNotices) ? [.. (await notices.SentAsync(ct)).Select(SentNoticeDto.From)] : [])).WithSummary("本单位收到的通知（含本人是否已读、回复状态）和发出的通知（含已读、已回复单位数）");
        api.MapPost("/", async (HttpRequest request, NoticeCommands commands, CancellationToken ct) =>
        {
            var (input, uploads, error) = await ReadAsync<NoticeInput>(request, "notice", ct);
            if (error is not null)
            {
                return error;
            }

            var result = await commands.IssueAsync(input!, uploads, ct);
            return result.ToHttpResult(IssuedNoticeDto.From, result.Succeeded ? $"/api/v1/notices/{result.Value!.Id}" : null);
        }).RequireAuthorization(Policies.CanIssueNotices)
            .WithSummary("发出通知：JSON（title、body、audience=All/Children/Kind/Chosen、kind、unitIds、replyRequired、replyDeadline），或 multipart（字段 notice 为JSON，附件为文件：pdf、docx、xlsx、jpg、png）").DisableAntiforgery().WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(220L * 1024 * 1024));
        api.MapGet("/{id:long}", async (long id, NoticeDirectory notices, NoticeReplies replies, CancellationToken ct) =>
        {
            if (await replies.OwnRowAsync(id, ct) is { } row)
            {
                await replies.MarkReadAsync(row, ct);
                return Results.Ok(ReceivedNoticeDetailDto.From((await notices.ForRecipientAsync(id, ct))!));
            }

            return await notices.ForSenderAsync(id, ct) is { } view ? Results.Ok(SentNoticeDetailDto.From(view)) : Results.NotFound();
        }).WithSummary("通知详情；接收单位的用户打开即记录本人已读（只记第一次）");
        api.MapGet("/{id:long}/receipts", async (long id, NoticeDirectory notices, CancellationToken ct) =>
            await notices.ForSenderAsync(id, ct) is { } view
                ? Results.Ok(view.Units.Select(NoticeUnitReceiptsDto.From))
                : Results.NotFound())
            .RequireAuthorization(Policies.CanIssueNotices).WithSummary("各接收单位的阅读回执（谁、何时）与是否回复；pending=未读或未回复");
        api.MapGet("/{id:long}/replies", async (long id, NoticeDirectory notices, NoticeReplies replies, CancellationToken ct) =>
        {
            if (await replies.OwnRowAsync(id, ct) is not null)
            {
                return Results.Ok((await notices.ForRecipientAsync(id, ct))!.Replies.Select(NoticeReplyDto.From));
            }

            return await notices.ForSenderAsync(id, ct) is { } view
                ? Results.Ok(view.Units.Select(NoticeUnitRepliesDto.From))
                : Results.NotFound();
        }).WithSummary("回复：接收单位看本单位的回复，发文单位看各单位的回复");
        api.MapPost("/{id:long}/replies", async (long id, HttpRequest request, NoticeReplies replies, CancellationToken ct) =>
        {
            var (input, uploads, error) = await ReadAsync<ReplyInput>(request, "reply", ct);
            if (error is not null)
            {
                return error;
            }

            var result = await replies.ReplyAsync(id, input!, uploads, ct);
            return result.ToHttpResult(NoticeReplyDto.From, result.Succeeded ? $"/api/v1/notices/{id}/replies" : null);
        }).RequireAuthorization(Policies.CanReplyNotices)
            .WithSummary("本单位回复：JSON {text}，或 multipart（字段 reply 为JSON，附件为文件）；过了回复期限仍收下，标为逾期").DisableAntiforgery().WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(220L * 1024 * 1024));
        api.MapPost("/{id:long}/remind", async (long id, NoticeCommands commands, CancellationToken ct) =>
            (await commands.RemindAsync(id, ct)).ToHttpResult(count => new NoticeRemindedDto(count)))
            .RequireAuthorization(Policies.CanIssueNotices).WithSummary("催办：未读或未回复的单位首页再次提醒").DisableAntiforgery();
        return app;
    }

    private static async Task<(T? Input, IReadOnlyList<NoticeFiles.Upload> Uploads, IResult? Error)> ReadAsync<T>(HttpRequest request, string field, CancellationToken ct)
        where T : class
    {
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(ct);
                var input = form[field].Count == 0 ? null : JsonSerializer.Deserialize<T>(form[field].ToString(), Json);
                return input is null
                    ? (null, [], Results.Problem(statusCode: 400, title: $"缺少 {field} 字段（JSON）。"))
                    : (input, await NoticeFiles.ReadAllAsync(form.Files, "files", ct), null);
            }

            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, Json, ct);
            return body is null ? (null, [], Results.Problem(statusCode: 400, title: "请求体是空的。")) : (body, [], null);
        }
        catch (JsonException)
        {
            return (null, [], Results.Problem(statusCode: 400, title: "JSON格式有误：所有字段请用字符串，如 \"replyRequired\": \"true\"。"));
        }
    }
}
