using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Features.Publicity;

public static class PublicityEndpoints
{
    public static IEndpointRouteBuilder MapPublicityEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPublicSite();
        // Pictures are read through the scope filter like the article itself: an id outside the scope is a 404.
        app.MapGet("/publicity/images/{id:long}", async (long id, ArticleDirectory articles, ArticleImages images, CancellationToken ct) =>
            await articles.ImageAsync(id, ct) is { } image && images.Open(image.StorageKey) is { } stream
                ? Results.File(stream, "image/jpeg")
                : Results.NotFound())
            .RequireAuthorization(Policies.CanWriteArticles).ExcludeFromDescription();
        app.MapGet("/publicity/adoptions/{id:long}/clipping", async (long id, ArticleDirectory articles, ArticleImages images, CancellationToken ct) =>
            await articles.AdoptionAsync(id, ct) is { ClippingKey: { } key } && images.Open(key) is { } stream
                ? Results.File(stream, "image/jpeg")
                : Results.NotFound())
            .RequireAuthorization(Policies.CanWriteArticles).ExcludeFromDescription();

        app.MapGet("/publicity/annual/export", async (string? year, AnnualRanking ranking, Infrastructure.Exports.ExcelExport excel, TimeProvider clock, CancellationToken ct) =>
        {
            var y = QueryValue.Year(year) ?? ChinaTime.Today(clock).Year;
            var r = await ranking.YearAsync(y, ct);
            var sheets = AnnualRanking.Sheets(r);
            return await excel.SheetsAsync(sheets, r.Units.Count + r.People.Count + r.Awards.Count, $"{y}年信息宣传年度排名", nameof(PublicityAward), null, $"{y}年", ct);
        }).RequireAuthorization(Policies.CanReviewArticles).ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/articles").RequireAuthorization(Policies.CanWriteArticles).WithTags("宣传稿件");
        api.MapGet("/", async (string? status, string? year, string? month, string? q, string? page, ArticleDirectory articles, CancellationToken ct) =>
        {
            var list = await articles.ListAsync(ArticleFilter.From(status, year, month, q, page), ct);
            return new Organization.PageDto<ArticleRowDto>([.. list.Items.Select(ArticleRowDto.From)], list.Total, list.Page, list.PageSize);
        }).WithSummary("稿件列表（status=草稿/已提交/已退回/已审核/已采用，year、month 按成稿日期）");
        api.MapGet("/{id:long}", async (long id, ArticleDirectory articles, CancellationToken ct) =>
            await articles.DetailAsync(id, ct) is { } a ? Results.Ok(ArticleDto.From(a)) : Results.NotFound())
            .WithSummary("稿件详情：作者、图片、每一步的经办人和时间、采用情况");
        api.MapPost("/", async (ArticleInput input, ArticleCommands commands, ArticleDirectory articles, CancellationToken ct) =>
            await Detail(await commands.CreateAsync(input, [], ct), articles, created: true, ct))
            .WithSummary("新建稿件（草稿）；正文为纯文本段落，粘贴的HTML会被清理").DisableAntiforgery();
        api.MapPut("/{id:long}", async (long id, ArticleInput input, ArticleCommands commands, ArticleDirectory articles, CancellationToken ct) =>
            await Detail(await commands.UpdateAsync(id, input, [], ct), articles, created: false, ct))
            .WithSummary("修改稿件（须带上读取时的 version）").DisableAntiforgery();
        api.MapPost("/{id:long}/submit", async (long id, VersionInput input, ArticleCommands commands, ArticleDirectory articles, CancellationToken ct) =>
            await Detail(await commands.SubmitAsync(id, input.Version, ct), articles, created: false, ct))
            .WithSummary("提交审核").DisableAntiforgery();
        api.MapPost("/{id:long}/review", async (long id, ReviewInput input, ArticleCommands commands, ArticleDirectory articles, CancellationToken ct) =>
            await Detail(await commands.ReviewAsync(id, input, ct), articles, created: false, ct))
            .RequireAuthorization(Policies.CanReviewArticles)
            .WithSummary("审核：decision=approve 通过，decision=return 退回（须写 comment）；作者不能审核自己的稿件").DisableAntiforgery();
        api.MapPost("/{id:long}/adoptions", async (long id, AdoptionInput input, AdoptionCommands commands, ArticleDirectory articles, CancellationToken ct) =>
        {
            var result = await commands.RecordAsync(id, input, null, ct);
            return result.Succeeded
                ? Results.Created($"/api/v1/articles/{id}", ArticleDto.From((await articles.DetailAsync(id, ct))!))
                : result.ToHttpResult(a => a.Id);
        }).WithSummary("登记采用：媒体、日期（不早于成稿日期、不在已通报的月份）、链接或版面；积分自动计算，不接受 score").DisableAntiforgery();

        var scores = app.MapGroup("/api/v1/publicity").RequireAuthorization(Policies.CanReviewArticles).WithTags("宣传量化考核");
        scores.MapGet("/scores", async (string? year, string? month, PublicityMonths months, TimeProvider clock, CancellationToken ct) =>
        {
            var today = ChinaTime.Today(clock);
            var y = QueryValue.Year(year) ?? today.Year;
            var m = int.TryParse(month, out var mm) && mm is >= 1 and <= 12 ? mm : today.Month;
            return MonthScoresDto.From(await months.MonthAsync(y, m, ct));
        }).WithSummary("月度统计：各单位、各通讯员的报送、分级采用、积分与任务完成情况，以及无报送的单位");
        scores.MapGet("/rules", async (string? year, PublicityScores s, TimeProvider clock, CancellationToken ct) =>
        {
            var (rule, own) = await s.RuleAsync(QueryValue.Year(year) ?? ChinaTime.Today(clock).Year, ct);
            return ScoringRuleDto.From(rule, own);
        }).WithSummary("本年度评分规则（本单位的，或上级的，或默认）");
        scores.MapGet("/bulletins", async (string? year, PublicityBulletins bulletins, TimeProvider clock, CancellationToken ct) =>
            (await bulletins.ListAsync(QueryValue.Year(year) ?? ChinaTime.Today(clock).Year, ct))
                .Select(BulletinDto.From))
            .WithSummary("本单位已印发的月度通报（每月一份，印发即关账）");
        scores.MapPost("/bulletins", async (BulletinRequest request, PublicityBulletins bulletins, CancellationToken ct) =>
        {
            if (request.Year is not (>= 2000 and <= 2100) || request.Month is not (>= 1 and <= 12))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["month"] = ["请给出通报的年份和月份。"] }, title: "提交的数据有误");
            }

            // Title and text default to the draft written from the month's figures; the date never defaults.
            var form = await bulletins.PrepareAsync(request.Year, request.Month, ct);
            var input = form?.Defaults ?? new Documents.Issue.IssueInput();
            input.Title = request.Title ?? input.Title;
            input.Text = request.Text ?? input.Text;
            input.Date = request.Date;
            input.Format = request.Format ?? input.Format;
            input.Sequence = request.Sequence;
            input.Signer = request.Signer ?? input.Signer;
            input.IssueKey = request.IssueKey ?? input.IssueKey;
            var result = await bulletins.IssueAsync(request.Year, request.Month, input, ct);
            return result.Succeeded
                ? Results.Created($"/api/v1/publicity/bulletins/{result.Value!.IssuedDocumentId}/file", IssuedBulletinDto.From(result.Value))
                : result.ToHttpResult(c => new BulletinMonthDto(c.Year, c.Month));
        }).RequireAuthorization(Policies.CanIssueDocuments)
            .WithSummary("印发月度通报：year、month、date（成文日期，必填）；标题和正文为审核通过的通报稿，未审核的不能印发；印发后该月关账").DisableAntiforgery();
        scores.MapPost("/bulletins/drafts", async (BulletinDraftRequest request, PublicityBulletins bulletins, BulletinDrafts drafts, CancellationToken ct) =>
        {
            if (request.Year is not (>= 2000 and <= 2100) || request.Month is not (>= 1 and <= 12))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["month"] = ["请给出通报的年份和月份。"] }, title: "提交的数据有误");
            }

            var form = await bulletins.PrepareAsync(request.Year, request.Month, ct);
            var input = new BulletinDraftInput { Title = request.Title ?? form?.Defaults.Title, Text = request.Text ?? form?.Defaults.Text, Recipients = request.Recipients ?? form?.Defaults.Recipients, Version = request.Version };
            var result = await drafts.SaveAsync(request.Year, request.Month, input, ct);
            return result.Succeeded ? Results.Ok(BulletinDraftDto.From(result.Value!)) : result.ToHttpResult(BulletinDraftDto.From);
        }).RequireAuthorization(Policies.CanIssueDocuments)
            .WithSummary("保存月度通报稿（起草或修改，须带 version；title、text 不给则用按统计数据起草的文字）；修改后须重新审核").DisableAntiforgery();
        scores.MapPost("/bulletins/drafts/decision", async (BulletinDecisionRequest request, BulletinDrafts drafts, CancellationToken ct) =>
        {
            var result = await drafts.DecideAsync(request.Year, request.Month, request.Decision == "approve", request.Comment, request.Version, ct);
            return result.Succeeded ? Results.Ok(BulletinDraftDto.From(result.Value!)) : result.ToHttpResult(BulletinDraftDto.From);
        }).RequireAuthorization(Policies.CanIssueDocuments)
            .WithSummary("审核通报稿：decision=approve 通过，decision=return 退回（须写 comment）；起草或最后修改的人不能审核").DisableAntiforgery();
        scores.MapGet("/bulletins/{id:long}/file", async (long id, Documents.DocumentRegister register, CancellationToken ct) =>
            await register.FileAsync(id, ct) is { } f ? Results.File(f.Content, Guangong.Documents.MediaTypes.Docx, f.FileName) : Results.NotFound())
            .WithSummary("下载已印发通报的 .docx（与登记的文件逐字节相同）");
        return app;
    }

    private static async Task<IResult> Detail(CommandResult<Article> result, ArticleDirectory articles, bool created, CancellationToken ct)
    {
        if (!result.Succeeded)
        {
            return result.ToHttpResult(ArticleStateDto.From);
        }

        var dto = ArticleDto.From((await articles.DetailAsync(result.Value!.Id, ct))!);
        return created ? Results.Created($"/api/v1/articles/{dto.Id}", dto) : Results.Ok(dto);
    }

    public sealed record VersionInput(long Version);

    public sealed record BulletinDraftRequest(int Year, int Month, string? Title, string? Text, string? Recipients, long Version);

    public sealed record BulletinDecisionRequest(int Year, int Month, string? Decision, string? Comment, long Version);

    public sealed record BulletinRequest(int Year, int Month, string? Date, string? Title, string? Text, string? Format, string? Sequence, string? Signer, string? IssueKey);
}
