using System.Net;
using Guangong.Web.Features.People;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Stations;

/// <summary>A station's tutors: 五老 ticked from the town's roster and others typed by name; SQLite.</summary>
public sealed class StationTutorTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task The_town_ticks_a_roster_volunteer_and_types_an_outside_tutor_and_another_towns_volunteer_is_refused()
    {
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        var wushenzhao = await App.UnitAsync("乌审召镇关工委");
        var station = await App.WithDbAsync(db => db.Stations.AsNoTracking().SingleAsync(s => s.Name == "查家村校外教育辅导站"));
        var own = await App.WithDbAsync(db => db.Volunteers.AsNoTracking().Where(v => v.Status == VolunteerStatus.Active && v.UnitPath.StartsWith(zhenglu.Path)).OrderBy(v => v.Id).FirstAsync());
        var foreign = await App.WithDbAsync(db => db.Volunteers.AsNoTracking().Where(v => v.Status == VolunteerStatus.Active && v.UnitPath.StartsWith(wushenzhao.Path)).OrderBy(v => v.Id).FirstAsync());
        var officer = await App.SignedInAsync("zhenglu");
        var url = $"/stations/{station.Id}/edit";

        var saved = await PostAsync(officer, url, station, own.Id, "外聘王老师");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await App.WithDbAsync(db => db.Stations.AsNoTracking().SingleAsync(s => s.Id == station.Id));
        Assert.Equal($"{own.Name}、外聘王老师", after.Tutors);

        // Opening the form again: the roster volunteer ticked, the outside name in the text box.
        var form = WebUtility.HtmlDecode(await officer.GetStringAsync(url));
        Assert.Matches($@"name=""tutors"" value=""{own.Id}"" checked", form);
        Assert.Contains(@"value=""外聘王老师""", form);

        var refused = await PostAsync(officer, url, after, foreign.Id, null);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("请从名册中选择在册的五老志愿者", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(after.Tutors, (await App.WithDbAsync(db => db.Stations.AsNoTracking().SingleAsync(s => s.Id == station.Id))).Tutors);

        // Two tabs changing only the 站长: the second is told of the 站长, not of ticks that differ (none do).
        var (first, second) = (await officer.GetStringAsync(url), await officer.GetStringAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync(url, new FormUrlEncodedContent(HtmlForm.Fields(first, "station").With("Input.Master", "乙站长")))).StatusCode);
        var conflict = WebUtility.HtmlDecode(await (await officer.PostAsync(url, new FormUrlEncodedContent(HtmlForm.Fields(second, "station").With("Input.Master", "丙站长")))).Content.ReadAsStringAsync());
        Assert.Contains("他人保存的是：“乙站长”", conflict);
        Assert.DoesNotContain(Web.Components.Shared.ConflictedForm.OthersMessage, conflict);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Web.Features.Stations.Station station, long volunteerId, string? others)
    {
        var html = await client.GetStringAsync(url);
        var fields = HtmlForm.Fields(html, "station")
            .With("Input.UnitId", station.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Input.Stage", station.Stage.ToString())
            .With("Input.Tutors", others ?? string.Empty)
            .With("tutors", "0");
        fields.Add(new("tutors", volunteerId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}
