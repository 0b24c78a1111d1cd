using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Essays;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Essays;

/// <summary>
/// A judge through /api/v1/contests/{id}/scores: fetches the pieces to score (blind, never the own
/// school's) and posts score sheets under the page's rules (own school refused, nothing after the deadline).
/// </summary>
public abstract class EssayJudgingApiTests(AppFixture fixture)
{
    private static readonly string Body = string.Concat(Enumerable.Repeat("外公是老党员，他常说，为人民服务不是一句口号，是一件件小事。", 8));

    private GuangongApp App => fixture.App;

    private static async Task<string> ProblemTextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return string.Join(" ", problem.GetProperty("errors").EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(m => m.GetString())));
    }

    [Fact]
    public async Task A_judge_fetches_the_blind_pieces_to_score_and_posts_sheets_under_the_pages_rules()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var officer = await App.ApiClientAsync("zhenglu");
        var created = await officer.PostAsJsonAsync("/api/v1/contests", new ContestInput
        {
            Title = "接口评审" + Guid.NewGuid().ToString("N")[..4], Level = "Town", Theme = "外公外婆的故事。", Groups = "UpperPrimary",
            StartsOn = today.AddDays(-5).ToString("yyyy-MM-dd"), SubmissionDeadline = today.AddDays(10).ToString("yyyy-MM-dd"), JudgingDeadline = today.AddDays(20).ToString("yyyy-MM-dd"),
        });
        var contestId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var school = await App.ApiClientAsync("zl-school");
        var middle = await App.ApiClientAsync("zl-middle");
        foreach (var (client, title, author) in new[] { (school, "外公的党章", "钱小溪"), (middle, "外婆的针线", "冯中学") })
        {
            var typed = await client.PostAsJsonAsync($"/api/v1/contests/{contestId}/submissions", new SubmissionInput { Group = "UpperPrimary", Title = title, Text = Body + title, AuthorName = author, Grade = "五年级", ClassName = "1班" });
            Assert.Equal(HttpStatusCode.OK, typed.StatusCode);
        }

        var ids = await App.WithDbAsync(db => db.Submissions.Where(s => s.ContestId == contestId).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync());
        var stranger = await App.ApiClientAsync("wsz-school");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/contests/{contestId}/scores")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/contests/{contestId}/scores", new { submissionId = ids[0].ToString(), points = new[] { "30", "20", "15", "8" } })).StatusCode);

        var town = await App.UnitAsync("郑陆镇关工委");
        var middleId = await App.WithDbAsync(db => db.Users.Where(u => u.UserName == "zl-middle").Select(u => u.Id).SingleAsync());
        Assert.True((await App.WithServiceAsync<ContestCommands, CommandResult<ContestJudge>>(c => c.AddJudgeAsync(contestId, middleId.ToString(), "UpperPrimary"), town.Id, town.Path)).Succeeded);

        // The sheet holds the other school's piece only, with its text and the criteria, and nothing that names a person or school.
        var sheet = (await middle.GetFromJsonAsync<JsonElement>($"/api/v1/contests/{contestId}/scores")).EnumerateArray().ToList();
        var piece = Assert.Single(sheet);
        Assert.Equal(ids[0], piece.GetProperty("submissionId").GetInt64());
        Assert.Equal("外公的党章", piece.GetProperty("title").GetString());
        Assert.Contains("老党员", piece.GetProperty("text").GetString());
        Assert.Equal(4, piece.GetProperty("criteria").GetArrayLength());
        foreach (var name in new[] { "钱小溪", "焦溪", "五年级", "1班", "冯中学", "外婆的针线" })
        {
            Assert.DoesNotContain(name, piece.GetRawText());
        }

        var own = await middle.PostAsJsonAsync($"/api/v1/contests/{contestId}/scores", new { submissionId = ids[1].ToString(), points = new[] { "30", "20", "15", "8" } });
        Assert.Contains(JudgingCommands.OwnUnitMessage, await ProblemTextAsync(own));
        Assert.Contains("submissionId", await ProblemTextAsync(await middle.PostAsJsonAsync($"/api/v1/contests/{contestId}/scores", new { points = new[] { "30" } })));
        Assert.Contains("0–40", await ProblemTextAsync(await middle.PostAsJsonAsync($"/api/v1/contests/{contestId}/scores", new { submissionId = ids[0].ToString(), points = new[] { "45", "20", "15", "8" } })));
        var saved = await middle.PostAsJsonAsync($"/api/v1/contests/{contestId}/scores", new { submissionId = ids[0].ToString(), points = new[] { "36", "25", "17", "9" }, comment = "真实感人" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(87m, (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetDecimal());
        var again = (await middle.GetFromJsonAsync<JsonElement>($"/api/v1/contests/{contestId}/scores")).EnumerateArray().Single();
        Assert.Equal(87m, again.GetProperty("total").GetDecimal());
        Assert.False(await App.WithDbAsync(db => db.SubmissionScores.AnyAsync(s => s.SubmissionId == ids[1])));

        await App.WithDbAsync(async db =>
        {
            var c = await db.Contests.SingleAsync(x => x.Id == contestId);
            (c.SubmissionDeadline, c.JudgingDeadline) = (c.StartsOn, c.StartsOn.AddDays(1));
            return await db.SaveChangesAsync();
        });
        var late = await middle.PostAsJsonAsync($"/api/v1/contests/{contestId}/scores", new { submissionId = ids[0].ToString(), points = new[] { "40", "30", "20", "10" } });
        Assert.Contains("评审已于", await ProblemTextAsync(late));
        Assert.Equal(87m, await App.WithDbAsync(db => db.SubmissionScores.Where(s => s.SubmissionId == ids[0]).Select(s => s.Total).SingleAsync()));
    }
}

public sealed class EssayJudgingApiTestsOnSqlite(SqliteAppFixture fixture) : EssayJudgingApiTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class EssayJudgingApiTestsOnPostgres(PostgresAppFixture fixture) : EssayJudgingApiTests(fixture), IClassFixture<PostgresAppFixture>;
