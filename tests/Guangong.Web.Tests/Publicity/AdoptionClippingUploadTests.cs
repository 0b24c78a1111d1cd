using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Publicity;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Tests.Activities;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Publicity;

/// <summary>
/// Issue 12's "a photo picked again after a validation error" on 登记采用: the clipping goes up as it is picked
/// (adoption-clipping), a refused form lists it again, the save stores it scaled as the adoption's clipping and ends
/// the upload, and the same form sent again (its key) records nothing twice.
/// </summary>
public abstract class AdoptionClippingUploadTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string kind, string name, byte[] bytes)
    {
        var page = await client.GetStringAsync("/");
        var form = new MultipartFormDataContent
        {
            { new StringContent(HttpSession.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(kind), "kind" },
        };
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", name);
        return await client.PostAsync(PendingUploadEndpoints.Url, form);
    }

    [Fact]
    public async Task A_clipping_uploaded_on_pick_survives_a_refusal_and_is_the_adoptions_once()
    {
        var town = await PublicityTown.CreateAsync(App);
        var article = (await town.ArticleAsync(App)).GetProperty("id").GetInt64();
        var reporter = await App.SignedInAsync(town.Reporter, PublicityTown.Password);

        var refusedUpload = await UploadAsync(reporter, ArticleImages.ClippingKind.Name, "剪报.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, refusedUpload.StatusCode);
        Assert.Contains("jpg、png 或 webp", await refusedUpload.Content.ReadAsStringAsync());
        var upload = await UploadAsync(reporter, ArticleImages.ClippingKind.Name, "版面.jpg", ActivityForms.Jpeg(1200, 900));
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var token = (await upload.Content.ReadFromJsonAsync<PendingUploadDto>())!.Token;

        var url = $"/publicity/articles/{article}";
        var fields = new Dictionary<string, string> { ["outletId"] = town.CityOutlet.ToString(), ["date"] = "2023-05-12", ["link"] = string.Empty, ["pageIssue"] = string.Empty, ["once"] = OneTimeKey.New() };
        var refused = await (await ActivityForms.PostAsync(reporter, url, "article-adopt", fields, uploaded: [token])).HtmlAsync();
        Assert.Contains("请填写网页链接", refused);
        Assert.Contains($"value=\"{token}\"", refused);
        Assert.Contains("版面.jpg", refused);
        Assert.Contains($"value=\"{fields["once"]}\"", refused);

        fields["pageIssue"] = "第2版";
        var saved = await (await ActivityForms.PostAsync(reporter, url, "article-adopt", fields, uploaded: [token])).HtmlAsync();
        Assert.Contains("已登记采用。", saved);
        var adoption = await App.WithDbAsync(db => db.Adoptions.AsNoTracking().SingleAsync(a => a.ArticleId == article));
        Assert.NotNull(adoption.ClippingKey);
        Assert.False(await App.WithDbAsync(db => db.PendingUploads.AnyAsync(p => p.Token == token)));
        var clipping = await reporter.GetAsync($"/publicity/adoptions/{adoption.Id}/clipping");
        Assert.Equal(HttpStatusCode.OK, clipping.StatusCode);
        Assert.Equal("image/jpeg", clipping.Content.Headers.ContentType?.MediaType);

        // The same form again (back and 登记): answered as saved, one adoption.
        Assert.Contains("已登记采用。", await (await ActivityForms.PostAsync(reporter, url, "article-adopt", fields, uploaded: [token])).HtmlAsync());
        Assert.Equal(1, await App.WithDbAsync(db => db.Adoptions.CountAsync(a => a.ArticleId == article)));
    }
}

public sealed class AdoptionClippingUploadTestsOnSqlite(SqliteAppFixture fixture) : AdoptionClippingUploadTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class AdoptionClippingUploadTestsOnPostgres(PostgresAppFixture fixture) : AdoptionClippingUploadTests(fixture), IClassFixture<PostgresAppFixture>;
