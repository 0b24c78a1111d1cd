using System.Net;
using System.Xml.Linq;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Publicity;

/// <summary>The anonymous 网上关工委: only what the officer published, nothing about a person.</summary>
public sealed class PublicSiteTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task Anonymous_readers_see_only_published_articles_and_no_personal_data()
    {
        var t = await PublicityTown.CreateAsync(App);
        await App.WithDbAsync(async db =>
        {
            var town = await db.Units.SingleAsync(u => u.Id == t.Town.Id);
            town.ContactPhone = "13912345678";
            town.Address = "乌审召镇政府院内";
            return await db.SaveChangesAsync();
        });
        var shown = (await t.ArticleAsync(App, body: "公开的第一段。")).GetProperty("id").GetInt64();
        var hidden = (await t.ArticleAsync(App, body: "不公开的第一段。")).GetProperty("id").GetInt64();
        var draft = (await t.ArticleAsync(App, approve: false)).GetProperty("id").GetInt64();
        var officer = await App.SignedInAsync(t.Officer, PublicityTown.Password);
        var version = await App.WithDbAsync(db => db.Articles.Where(a => a.Id == shown).Select(a => a.Version).SingleAsync());
        var published = await officer.PostFormAsync($"/publicity/articles/{shown}", "article-public", new Dictionary<string, string> { ["version"] = version.ToString(), ["public"] = "1" });
        Assert.Contains("已发布到网上关工委", WebUtility.HtmlDecode(await published.Content.ReadAsStringAsync()));
        await App.WithDbAsync(async db =>
        {
            // A submitted article marked public by mistake still stays off the public pages.
            var d = await db.Articles.SingleAsync(a => a.Id == draft);
            d.IsPublic = true;
            return await db.SaveChangesAsync();
        });

        var anonymous = App.Browser();
        var home = await anonymous.GetAsync($"/public/{t.Town.Id}");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("default-src 'self'", home.Headers.GetValues("Content-Security-Policy").Single());
        var html = WebUtility.HtmlDecode(await home.Content.ReadAsStringAsync());
        Assert.Contains("公开的第一段。", html);
        Assert.DoesNotContain("不公开的第一段", html);
        Assert.DoesNotContain("村通讯员", html);
        Assert.DoesNotContain("13912345678", html);
        Assert.Contains("乌审召镇政府院内", html);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/public/{t.Town.Id}/articles/{shown}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/{t.Town.Id}/articles/{hidden}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/{t.Town.Id}/articles/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/{t.Village.Id}")).StatusCode);
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/{zhenglu.Id}/articles/{shown}")).StatusCode);

        var feed = XDocument.Parse(await anonymous.GetStringAsync($"/public/{t.Town.Id}/feed.atom"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"));
        Assert.Equal("公开的第一段。", entry.Element(atom + "summary")!.Value);
        Assert.EndsWith($"/public/{t.Town.Id}/articles/{shown}", entry.Element(atom + "id")!.Value);
    }
}
