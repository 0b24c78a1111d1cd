using System.IO.Compression;
using System.Net;
using Guangong.Web.Features.Applications;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Applications;

/// <summary>The photos a town chooses for its 申报表 are drawn in the .docx; SQLite.</summary>
public sealed class ApplicationPhotoTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task The_demo_application_shows_its_two_chosen_photos_and_draws_them_in_the_form()
    {
        var application = await App.WithDbAsync(db => db.StationApplications.AsNoTracking().SingleAsync(a => a.StationName == "焦溪村校外教育辅导站" && a.Title == "市优"));
        var tokens = ApplicationPhotos.Tokens(application.Photos);
        Assert.Equal(2, tokens.Count);
        var town = await App.SignedInAsync("zhenglu");
        var page = WebUtility.HtmlDecode(await town.GetStringAsync($"/applications/{application.Id}"));
        Assert.Contains($"/assessments/files/{tokens[0][1..]}?thumb=1", page);

        var bytes = await town.GetByteArrayAsync($"/applications/{application.Id}/form.docx");
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Equal(2, zip.Entries.Count(e => e.FullName.Contains("media/", StringComparison.Ordinal)));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(xml, "<pic:pic ").Count);
        Assert.Contains("图1　辅导站活动室", xml);
        Assert.Contains("图2　五老辅导作业", xml);
    }

    [Fact]
    public void Only_the_applications_own_photos_can_be_chosen_and_at_most_twelve()
    {
        IReadOnlyList<PhotoChoice> candidates = [.. Enumerable.Range(1, 14).Select(i => new PhotoChoice($"e{i}", $"{i}.png", $"/assessments/files/{i}", true, "评估佐证"))];
        Assert.Equal(("e2,e1", (string?)null), ApplicationPhotos.Choose(["e2", "e1", "e2"], candidates));
        Assert.Equal(((string?)null, (string?)null), ApplicationPhotos.Choose([], candidates));
        Assert.Contains("只能选择本次评估", ApplicationPhotos.Choose(["e1", "a99"], candidates).Error);
        Assert.Contains("最多附12张", ApplicationPhotos.Choose(candidates.Select(c => c.Token), candidates).Error);
    }
}
