using System.Net;
using System.Xml.Linq;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Stations;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Guangong.Web.Tests.Publicity;

/// <summary>The 网上关工委's highlights and station directory: what the town officer marked, and nothing about a person.</summary>
public sealed class PublicHighlightsTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task Only_activities_and_photos_the_officer_marked_public_show_without_the_summary_or_the_stations_master()
    {
        var t = await PublicityTown.CreateAsync(App);
        var files = App.Services.GetRequiredService<EvidenceFiles>();
        var shownKey = (await files.SaveAsync(Jpeg(), "image/jpeg", "a.jpg", CancellationToken.None)).Stored?.Key;
        var hiddenKey = (await files.SaveAsync(Jpeg(), "image/jpeg", "b.jpg", CancellationToken.None)).Stored?.Key;
        var (activityId, shownPhoto, hiddenPhoto) = await App.WithDbAsync(async db =>
        {
            var a = new Activity
            {
                UnitId = t.Village.Id, UnitPath = t.Village.Path, Title = "草原读书会", Category = "主题教育", Date = new DateOnly(2023, 6, 1), Place = "嘎查文化室",
                YouthReached = 30, Summary = "小学生张小明朗读了作文", CreatedUtc = DateTime.UtcNow,
            };
            a.Files.Add(new ActivityFile { UnitId = t.Village.Id, UnitPath = t.Village.Path, FileName = "a.jpg", ContentType = "image/jpeg", StorageKey = shownKey!, HasThumbnail = true, CreatedUtc = DateTime.UtcNow });
            a.Files.Add(new ActivityFile { UnitId = t.Village.Id, UnitPath = t.Village.Path, FileName = "b.jpg", ContentType = "image/jpeg", StorageKey = hiddenKey!, HasThumbnail = true, CreatedUtc = DateTime.UtcNow });
            db.Activities.Add(a);
            db.Stations.Add(new Station { UnitId = t.Village.Id, UnitPath = t.Village.Path, Name = "草原辅导站", Stage = StationStage.Passed, Master = "王站长", Tutors = "李老师", OpeningHours = "周六 9:00—11:00", Phone = "0477-7654321", CreatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return (a.Id, a.Files[0].Id, a.Files[1].Id);
        });

        // A correspondent cannot publish; the officer marks the activity and one of its photos.
        var reporter = await App.SignedInAsync(t.Reporter, PublicityTown.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync("/publicity/highlights")).StatusCode);
        var anonymous = App.Browser();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/{t.Town.Id}/photos/{shownPhoto}")).StatusCode);
        var officer = await App.SignedInAsync(t.Officer, PublicityTown.Password);
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync("/publicity/highlights"));
        Assert.Contains("由您负责", page);
        var saved = await officer.PostFormAsync("/publicity/highlights", $"highlight-{activityId}", new Dictionary<string, string> { ["isPublic"] = "1", ["photo"] = shownPhoto.ToString() });
        Assert.Contains("已保存：草原读书会（公开展示）", WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()));

        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/public/{t.Town.Id}/highlights"));
        Assert.Contains("草原读书会", html);
        Assert.Contains("受教育青少年 30 人次", html);
        Assert.Contains($"/public/{t.Town.Id}/photos/{shownPhoto}", html);
        Assert.DoesNotContain($"/photos/{hiddenPhoto}", html);
        Assert.DoesNotContain("张小明", html);
        var photo = await anonymous.GetAsync($"/public/{t.Town.Id}/photos/{shownPhoto}");
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType!.MediaType);
        Assert.True((await photo.Content.ReadAsByteArrayAsync()).Length < 40_000, "the public photo is the small re-encoded one");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/{t.Town.Id}/photos/{hiddenPhoto}")).StatusCode);
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/{zhenglu.Id}/photos/{shownPhoto}")).StatusCode);
        Assert.Contains("草原读书会", WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/public/{t.Town.Id}")));

        var feed = XDocument.Parse(await anonymous.GetStringAsync($"/public/{t.Town.Id}/feed.atom"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Contains(feed.Root!.Elements(atom + "entry"), e => e.Element(atom + "title")!.Value == "活动风采：草原读书会");

        var stations = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/public/{t.Town.Id}/stations"));
        Assert.Contains("草原辅导站", stations);
        Assert.Contains("周六 9:00—11:00", stations);
        Assert.Contains("0477-7654321", stations);
        Assert.Contains(t.Village.Name, stations);
        Assert.DoesNotContain("王站长", stations);
        Assert.DoesNotContain("李老师", stations);

        // Withdrawn: the photo goes at once (the lists follow when their short cache expires).
        await officer.PostFormAsync("/publicity/highlights", $"highlight-{activityId}", new Dictionary<string, string> { ["photo"] = shownPhoto.ToString() });
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/{t.Town.Id}/photos/{shownPhoto}")).StatusCode);
        Assert.False(await App.WithDbAsync(db => db.ActivityFiles.AnyAsync(f => f.ActivityId == activityId && f.IsPublic)));
    }

    private static byte[] Jpeg()
    {
        using var bitmap = new SKBitmap(1200, 900);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 95);
        return data.ToArray();
    }
}
