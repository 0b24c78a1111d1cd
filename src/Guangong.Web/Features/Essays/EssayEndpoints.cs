using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Exports;
using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Features.Essays;

public static class EssayEndpoints
{
    /// <summary>An upload larger than this is refused before it is read.</summary>
    public const long MaxUploadBytes = 60L * 1024 * 1024;

    public static IEndpointRouteBuilder MapEssayEndpoints(this IEndpointRouteBuilder app)
    {
        // Downloads for the pages (cookie).
        app.MapGet("/essays/{id:long}/certificates.docx", async (long id, ContestExports exports, CancellationToken ct) =>
            await exports.CertificatesAsync(id, ct) is { } f ? Results.File(f.Bytes, Guangong.Documents.MediaTypes.Docx, f.FileName) : Results.NotFound())
            .RequireAuthorization(Policies.CanRunContests).ExcludeFromDescription();
        app.MapGet("/essays/{id:long}/recommendation.docx", async (long id, ContestExports exports, CancellationToken ct) =>
            await exports.RecommendationAsync(id, ct) is { } f ? Results.File(f.Bytes, Guangong.Documents.MediaTypes.Docx, f.FileName) : Results.NotFound())
            .RequireAuthorization(Policies.CanRunContests).ExcludeFromDescription();
        app.MapGet("/essays/{id:long}/recommendation.xlsx", async (long id, ContestExports exports, ExcelExport excel, CancellationToken ct) =>
            await exports.WinnersAsync(id, ct) is { } w
                ? await excel.FileAsync(w.Rows.Select(r => new { 组别 = r.Group, 奖项 = r.Award, 名次 = r.Rank, 编号 = r.Code, 作品题目 = r.Title, 作者 = r.Author, 单位 = r.School, 年级班级 = r.Grade, 指导老师 = r.Adviser ?? "", 得分 = r.Score }), $"{w.Contest.Title}{w.ListName}", nameof(Submission), "获奖作品", ct)
                : Results.NotFound())
            .RequireAuthorization(Policies.CanRunContests).ExcludeFromDescription();
        // A piece's picture: for the entering unit and the organiser through the scope, for a judge who may score the piece.
        app.MapGet("/essays/images/{id:long}", async (long id, ContestDirectory contests, SubmissionImageStore pictures, CancellationToken ct) =>
            await contests.ImageAsync(id, ct) is { } image && pictures.Open(image.StorageKey) is { } stream ? Results.File(stream, "image/jpeg") : Results.NotFound())
            .RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/journals/{id:long}/file.docx", (long id, JournalDirectory journals, JournalArchive archive, CancellationToken ct) => JournalFileAsync(id, journals, archive, ct))
            .RequireAuthorization(Policies.CanRunContests).ExcludeFromDescription();
        app.MapGet("/journals/files/{id:long}", (long id, JournalDirectory journals, JournalArchive archive, CancellationToken ct) => JournalVersionAsync(id, journals, archive, ct))
            .RequireAuthorization(Policies.CanRunContests).ExcludeFromDescription();
        app.MapGet("/journals/{id:long}/file.pdf", (long id, JournalDirectory journals, JournalArchive archive, CancellationToken ct) => JournalPdfAsync(id, journals, archive, ct))
            .RequireAuthorization(Policies.CanRunContests).ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/contests").RequireAuthorization().WithTags("征文");
        api.MapGet("/", async (ContestDirectory contests, CancellationToken ct) => await contests.ListAsync(ct))
            .WithSummary("可见的征文活动（主办、参赛或担任评委的）");
        api.MapGet("/{id:long}", async (long id, ContestDirectory contests, CancellationToken ct) =>
            await contests.FindAsync(id, ct) is { } v ? Results.Ok(ContestDto.From(v)) : Results.NotFound())
            .WithSummary("一次征文活动：规则、组别、日期、评分标准");
        api.MapPost("/", async (ContestInput input, ContestCommands commands, CancellationToken ct) =>
        {
            var result = await commands.SaveAsync(null, input, ct);
            return result.ToHttpResult(c => ContestDto.From(new ContestView(c, string.Empty, true, false, [])), result.Value is { } c ? $"/api/v1/contests/{c.Id}" : null);
        }).RequireAuthorization(Policies.CanRunContests).WithSummary("新建征文活动（本单位主办，或转发上级的征文）");
        api.MapPut("/{id:long}", async (long id, ContestInput input, ContestCommands commands, CancellationToken ct) =>
            (await commands.SaveAsync(id, input, ct)).ToHttpResult(c => ContestDto.From(new ContestView(c, string.Empty, true, false, []))))
            .RequireAuthorization(Policies.CanRunContests).WithSummary("修改征文活动（须带上 version）");

        api.MapGet("/images/{id:long}", async (long id, ContestDirectory contests, SubmissionImageStore pictures, CancellationToken ct) =>
            await contests.ImageAsync(id, ct) is { } image && pictures.Open(image.StorageKey) is { } stream ? Results.File(stream, "image/jpeg") : Results.NotFound())
            .WithSummary("作品图片（JPEG）：投稿单位和主办单位可看；评委只可看其评分表上作品的图片");
        api.MapGet("/{id:long}/submissions", async (long id, ContestDirectory contests, EssayAuthors authors, CancellationToken ct) =>
        {
            if (await contests.FindAsync(id, ct) is not { } v || !(v.IsOrganiser || v.IsParticipant))
            {
                return Results.NotFound();
            }

            return Results.Ok(await authors.ShownAsync(v.Contest, await contests.SubmissionsAsync(id, ct), ct));
        }).WithSummary("作品（主办单位看全部，投稿单位看本单位的；学生作者只对报送单位及其上至主办单位显示，评委不可用）");
        api.MapPost("/{id:long}/submissions", async (long id, HttpRequest request, SubmissionCommands commands, CancellationToken ct) =>
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(ct);
                var input = new SubmissionInput { UnitId = form["unitId"], Group = form["group"], AuthorName = form["authorName"], Grade = form["grade"], ClassName = form["className"], Adviser = form["adviser"] };
                var file = form.Files.GetFile("file");
                if (file is null || file.Length == 0)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["请上传 .docx 或 .zip 文件。"] });
                }

                if (file.Length > MaxUploadBytes)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["文件超过60 MB。"] });
                }

                await using var stream = file.OpenReadStream();
                if (file.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    return (await commands.ImportZipAsync(id, input, stream, ct: ct)).ToHttpResult(ImportReportDto.From);
                }

                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, ct);
                return (await commands.ImportDocxAsync(id, input, Path.GetFileName(file.FileName), buffer.ToArray(), ct: ct)).ToHttpResult(SubmissionDto.From);
            }

            if (!request.HasJsonContentType())
            {
                return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "请用 JSON 录入作品，或用 multipart 上传 .docx / .zip 文件。");
            }

            SubmissionInput body;
            try
            {
                body = await request.ReadFromJsonAsync<SubmissionInput>(ct) ?? new SubmissionInput();
            }
            catch (System.Text.Json.JsonException)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "JSON格式有误：所有字段请用字符串，如 \"group\": \"小学高年级\"。");
            }

            return (await commands.CreateAsync(id, body, ct: ct)).ToHttpResult(SubmissionDto.From);
        }).RequireAuthorization(Policies.CanSubmitEssays).DisableAntiforgery().WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxUploadBytes))
            .WithSummary("投稿：JSON（录入）或 multipart 上传一个 .docx / 一个 .zip（多篇，好的全部导入，坏的逐个说明）");

        api.MapGet("/{id:long}/scores", async (long id, ContestDirectory contests, CancellationToken ct) =>
        {
            var view = await contests.FindAsync(id, ct);
            if (view is null)
            {
                return Results.NotFound();
            }

            if (view.IsOrganiser)
            {
                var (results, _, _) = await contests.ResultsAsync(view.Contest, ct);
                return Results.Ok(results.Select(PieceResultDto.From));
            }

            if (view.IsJudge)
            {
                // The pieces the judge is to score: their groups' pieces, less their own unit's (the page shows those as 回避).
                var sheet = new List<BlindPiece>();
                foreach (var g in view.JudgeGroups)
                {
                    sheet.AddRange((await contests.BlindSheetAsync(id, g, ct)).Where(p => !p.OwnUnit));
                }

                return Results.Ok(sheet.Select(p => BlindScoreDto.From(p, view.Contest.CriterionList)));
            }

            return Results.NotFound();
        }).WithSummary("主办单位：各篇的评分汇总；评委：本人的匿名评分表（编号、题目、正文和图片，不含作者和学校；本单位作品不在其中）");
        api.MapPost("/{id:long}/scores", async (long id, ScoreSheetInput input, JudgingCommands judging, CancellationToken ct) =>
        {
            if (!long.TryParse(input.SubmissionId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var submissionId))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["submissionId"] = ["请写明要评分的作品（评分表中的 submissionId）。"] });
            }

            return (await judging.ScoreAsync(id, submissionId, input, ct)).ToHttpResult(ScoreDto.From);
        }).WithSummary("评委提交一篇作品的评分：{submissionId, points:[按评分标准逐项], comment}；与评分页同样的规定（回避本单位作品、评审截止后不能再评）");
        api.MapPut("/{id:long}/scores/{submissionId:long}", async (long id, long submissionId, ScoreSheetInput input, JudgingCommands judging, CancellationToken ct) =>
            (await judging.ScoreAsync(id, submissionId, input, ct)).ToHttpResult(ScoreDto.From))
            .WithSummary("评委为一篇作品逐项打分（回避本单位作品；评审截止后不能再评）");

        var journals = app.MapGroup("/api/v1/journals").RequireAuthorization(Policies.CanRunContests).WithTags("内刊");
        journals.MapGet("/", async (JournalDirectory directory, CancellationToken ct) => await directory.ListAsync(ct)).WithSummary("内刊档案");
        journals.MapPost("/", async (JournalInput input, JournalCommands commands, CancellationToken ct) =>
        {
            var result = await commands.SaveAsync(null, input, ct);
            return result.ToHttpResult(JournalDto.From, result.Value is { } j ? $"/api/v1/journals/{j.Id}" : null);
        }).WithSummary("新建一期内刊（封面、卷首语、所选作品的栏目和顺序）");
        journals.MapGet("/{id:long}", async (long id, JournalDirectory directory, CancellationToken ct) =>
            await directory.FindAsync(id, ct) is { } j ? Results.Ok(JournalDetailDto.From(j)) : Results.NotFound())
            .WithSummary("一期内刊：封面、卷首语、所选作品，以及历次编印的文件");
        journals.MapPut("/{id:long}", async (long id, JournalInput input, JournalCommands commands, CancellationToken ct) =>
            (await commands.SaveAsync(id, input, ct)).ToHttpResult(JournalDto.From))
            .WithSummary("修改一期内刊（须带上 version）；已编印的文件保留，重新编印生成新文件");
        journals.MapGet("/files/{id:long}", (long id, JournalDirectory directory, JournalArchive archive, CancellationToken ct) => JournalVersionAsync(id, directory, archive, ct))
            .WithSummary("下载某一次编印的 .docx（含较早的版本）");
        journals.MapPost("/{id:long}/compile", async (long id, JournalCommands commands, CancellationToken ct) =>
            (await commands.CompileAsync(id, ct)).ToHttpResult(CompiledJournalDto.From))
            .WithSummary("编印：生成 .docx 存入档案（再次编印另存一份，较早的文件保留）");
        journals.MapGet("/{id:long}/docx", (long id, JournalDirectory directory, JournalArchive archive, CancellationToken ct) => JournalFileAsync(id, directory, archive, ct)).WithSummary("下载已编印的 .docx");
        journals.MapGet("/{id:long}/pdf", (long id, JournalDirectory directory, JournalArchive archive, CancellationToken ct) => JournalPdfAsync(id, directory, archive, ct)).WithSummary("下载 PDF（服务器用 LibreOffice 转换）");
        return app;
    }

    private static async Task<IResult> JournalFileAsync(long id, JournalDirectory journals, JournalArchive archive, CancellationToken ct)
    {
        if (await journals.PrintableAsync(id, ct) is not { } j || archive.Open(j.FileKey) is not { } stream)
        {
            return Results.NotFound();
        }

        return Results.File(stream, Guangong.Documents.MediaTypes.Docx, $"《{j.Title}》{j.Issue}.docx");
    }

    private static async Task<IResult> JournalVersionAsync(long fileId, JournalDirectory journals, JournalArchive archive, CancellationToken ct)
    {
        if (await journals.FileAsync(fileId, ct) is not { } found || archive.Open(found.File.FileKey) is not { } stream)
        {
            return Results.NotFound();
        }

        var stamp = ChinaTime.ToLocal(found.File.CompiledUtc).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        return Results.File(stream, Guangong.Documents.MediaTypes.Docx, $"《{found.Journal.Title}》{found.Journal.Issue}（{stamp}编印）.docx");
    }

    private static async Task<IResult> JournalPdfAsync(long id, JournalDirectory journals, JournalArchive archive, CancellationToken ct)
    {
        if (await journals.PrintableAsync(id, ct) is not { FileKey: { } key } j)
        {
            return Results.NotFound();
        }

        var (path, error) = await archive.PdfAsync(key, ct);
        return path is null
            ? Results.Problem(error, statusCode: StatusCodes.Status503ServiceUnavailable, title: "暂时不能生成 PDF")
            : Results.File(File.OpenRead(path), "application/pdf", $"《{j.Title}》{j.Issue}.pdf");
    }
}
