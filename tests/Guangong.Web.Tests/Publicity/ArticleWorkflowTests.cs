using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Publicity;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Publicity;

/// <summary>Articles from draft to adopted, and every refusal the issue lists; run once per provider.</summary>
public abstract class ArticleWorkflowTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task An_article_goes_from_draft_through_return_to_adopted_and_keeps_each_steps_who_and_when()
    {
        var t = await PublicityTown.CreateAsync(App);
        var article = await t.ArticleAsync(App, approve: false, coAuthors: t.ReporterId.ToString());
        var id = article.GetProperty("id").GetInt64();
        Assert.Equal("已提交", article.GetProperty("status").GetString());

        var reviewer = await App.ApiClientAsync(t.OtherOfficer, PublicityTown.Password);
        var bare = await reviewer.PostAsJsonAsync($"/api/v1/articles/{id}/review", new { decision = "return", version = article.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("退回时请写明修改意见", await bare.Content.ReadAsStringAsync());

        var returned = await (await reviewer.PostAsJsonAsync($"/api/v1/articles/{id}/review", new { decision = "return", comment = "请补充活动人数", version = article.GetProperty("version").GetInt64() })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("已退回", returned.GetProperty("status").GetString());

        var reporter = await App.ApiClientAsync(t.Reporter, PublicityTown.Password);
        var resubmitted = await (await reporter.PostAsJsonAsync($"/api/v1/articles/{id}/submit", new { version = returned.GetProperty("version").GetInt64() })).Content.ReadFromJsonAsync<JsonElement>();
        var approved = await (await reviewer.PostAsJsonAsync($"/api/v1/articles/{id}/review", new { decision = "approve", version = resubmitted.GetProperty("version").GetInt64() })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("已审核", approved.GetProperty("status").GetString());

        var adopted = await reporter.PostAsJsonAsync($"/api/v1/articles/{id}/adoptions", new { outletId = t.CityOutlet.ToString(), date = "2023-05-20", pageIssue = "2023年5月20日第3版" });
        Assert.Equal(HttpStatusCode.Created, adopted.StatusCode);
        var final = await adopted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("已采用", final.GetProperty("status").GetString());
        var steps = final.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("action").GetString(), s.GetProperty("by").GetString(), s.GetProperty("comment").GetString())).ToList();
        Assert.Equal(["创建", "提交", "退回", "提交", "审核通过", "登记采用"], steps.Select(s => s.Item1));
        Assert.Equal([t.Reporter, t.Reporter, t.OtherOfficer, t.Reporter, t.OtherOfficer, t.Reporter], steps.Select(s => s.Item2));
        Assert.Equal("请补充活动人数", steps[2].Item3);
        Assert.All(final.GetProperty("steps").EnumerateArray(), s => Assert.True(s.GetProperty("atUtc").GetDateTime() > DateTime.UtcNow.AddMinutes(-5)));
        Assert.Equal(["村通讯员", "宣传员"], final.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));

        var officer = await App.SignedInAsync(t.Officer, PublicityTown.Password);
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/publicity/articles/{id}"));
        Assert.Contains("请补充活动人数", page);
        Assert.Contains("村通讯员（" + t.Village.Name + "）第一作者", page);
    }

    [Fact]
    public async Task A_correspondent_never_reviews_their_own_article()
    {
        var t = await PublicityTown.CreateAsync(App);
        var article = await t.ArticleAsync(App, approve: false, firstAuthor: t.OfficerAsAuthorId);
        var id = article.GetProperty("id").GetInt64();
        var author = await App.ApiClientAsync(t.Officer, PublicityTown.Password);
        var own = await author.PostAsJsonAsync($"/api/v1/articles/{id}/review", new { decision = "approve", version = article.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains("不能审核自己的稿件", await own.Content.ReadAsStringAsync());
        Assert.Equal(ArticleStatus.Submitted, await App.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));

        var page = WebUtility.HtmlDecode(await (await App.SignedInAsync(t.Officer, PublicityTown.Password)).GetStringAsync($"/publicity/articles/{id}"));
        Assert.DoesNotContain("审核通过</button>", page);
        Assert.Contains("不能审核自己的稿件", page);
    }

    [Fact]
    public async Task The_same_outlet_adopting_an_article_twice_is_refused()
    {
        var t = await PublicityTown.CreateAsync(App);
        var id = (await t.ArticleAsync(App)).GetProperty("id").GetInt64();
        var api = await App.ApiClientAsync(t.Reporter, PublicityTown.Password);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"/api/v1/articles/{id}/adoptions", new { outletId = t.TownOutlet.ToString(), date = "2023-05-11", link = "https://mp.weixin.qq.com/s/a" })).StatusCode);
        var again = await api.PostAsJsonAsync($"/api/v1/articles/{id}/adoptions", new { outletId = t.TownOutlet.ToString(), date = "2023-05-12", link = "https://mp.weixin.qq.com/s/b" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("同一媒体不能重复登记", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await App.WithDbAsync(db => db.Adoptions.CountAsync(a => a.ArticleId == id)));
    }

    [Fact]
    public async Task An_adoption_dated_before_the_article_or_in_a_closed_month_is_refused()
    {
        var t = await PublicityTown.CreateAsync(App);
        var id = (await t.ArticleAsync(App, written: "2023-05-10")).GetProperty("id").GetInt64();
        var api = await App.ApiClientAsync(t.Reporter, PublicityTown.Password);
        var early = await api.PostAsJsonAsync($"/api/v1/articles/{id}/adoptions", new { outletId = t.CityOutlet.ToString(), date = "2023-05-09", pageIssue = "第2版" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("不能早于稿件的成稿日期（2023年5月10日）", await early.Content.ReadAsStringAsync());

        // The town issued its May 通报: the village's article may not get a May adoption any more.
        await App.WithDbAsync(async db =>
        {
            db.PublicityMonthClosures.Add(new PublicityMonthClosure { UnitId = t.Town.Id, UnitPath = t.Town.Path, Year = 2023, Month = 5, ClosedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var closed = await api.PostAsJsonAsync($"/api/v1/articles/{id}/adoptions", new { outletId = t.CityOutlet.ToString(), date = "2023-05-28", pageIssue = "第2版" });
        Assert.Equal(HttpStatusCode.BadRequest, closed.StatusCode);
        Assert.Contains("2023年5月的宣传通报已印发", await closed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"/api/v1/articles/{id}/adoptions", new { outletId = t.CityOutlet.ToString(), date = "2023-06-02", pageIssue = "第2版" })).StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Adoptions.AnyAsync(a => a.ArticleId == id && a.Date.Month == 5)));
    }

    [Fact]
    public async Task A_score_typed_by_hand_is_refused()
    {
        var t = await PublicityTown.CreateAsync(App);
        var id = (await t.ArticleAsync(App)).GetProperty("id").GetInt64();
        var api = await App.ApiClientAsync(t.Reporter, PublicityTown.Password);
        var typed = await api.PostAsJsonAsync($"/api/v1/articles/{id}/adoptions", new { outletId = t.ProvinceOutlet.ToString(), date = "2023-05-15", link = "https://example.org/a", score = "50" });
        Assert.Equal(HttpStatusCode.BadRequest, typed.StatusCode);
        Assert.Contains("不能手工填写", await typed.Content.ReadAsStringAsync());
        Assert.False(await App.WithDbAsync(db => db.Adoptions.AnyAsync(a => a.ArticleId == id)));
    }

    [Fact]
    public async Task Another_towns_article_answers_404_on_the_page_the_picture_and_the_api()
    {
        var t = await PublicityTown.CreateAsync(App);
        var id = (await t.ArticleAsync(App)).GetProperty("id").GetInt64();
        var outsider = await App.SignedInAsync("zhenglu");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/publicity/articles/{id}")).StatusCode);
        var api = await App.ApiClientAsync("zhenglu");
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/articles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync($"/api/v1/articles/{id}/adoptions", new { outletId = t.CityOutlet.ToString(), date = "2023-05-20", pageIssue = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/articles/{long.MaxValue}")).StatusCode);
    }
}

public sealed class ArticleWorkflowTestsOnSqlite(SqliteAppFixture fixture) : ArticleWorkflowTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ArticleWorkflowTestsOnPostgres(PostgresAppFixture fixture) : ArticleWorkflowTests(fixture), IClassFixture<PostgresAppFixture>;
