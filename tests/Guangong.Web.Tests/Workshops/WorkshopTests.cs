using System.Net;
using Guangong.Web.Features.Assessments;
using Guangong.Web.Features.Workshops;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Workshops;

/// <summary>特色五老工作室: named after a roster volunteer, assessed with the district's standard; SQLite only.</summary>
public sealed class WorkshopTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_workshop_leads_with_a_volunteer_of_the_scope_and_is_assessed_with_the_districts_standard()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var page = WebUtility.HtmlDecode(await (await App.SignedInAsync("zhenglu")).GetStringAsync("/workshops"));
        Assert.Contains("钱福生红色故事工作室", page);

        var outsider = await App.WithDbAsync(db => db.Volunteers.AsNoTracking().FirstAsync(v => v.Unit!.Name.StartsWith("乌审召")));
        var bad = await App.WithServiceAsync<WorkshopRegistry, CommandResult<Workshop>>(r => r.AddAsync(new WorkshopInput { Name = "越权工作室", VolunteerId = outsider.Id.ToString(), Speciality = "" }), town.Id, town.Path);
        Assert.Equal(["VolunteerId", "Speciality"], bad.Errors.Select(e => e.Field));
        Assert.False(await App.WithDbAsync(db => db.Workshops.AnyAsync(w => w.Name == "越权工作室")));

        var own = await App.WithDbAsync(db => db.Volunteers.AsNoTracking().FirstAsync(v => v.Name == "周美华"));
        var added = await App.WithServiceAsync<WorkshopRegistry, CommandResult<Workshop>>(r => r.AddAsync(new WorkshopInput { Name = $"周美华书法工作室{Guid.NewGuid():N}"[..14], VolunteerId = own.Id.ToString(), Speciality = "书法" }), town.Id, town.Path);
        Assert.True(added.Succeeded);
        var assessment = await App.WithServiceAsync<AssessmentStarter, CommandResult<Assessment>>(s => s.StartAsync(ProgramKind.Workshop, added.Value!.Id, 2025), town.Id, town.Path);
        Assert.True(assessment.Succeeded);
        Assert.Equal(4, assessment.Value!.Scores.Count);
        Assert.Equal(own.UnitId, assessment.Value.UnitId);
    }
}
