using System.Net;
using System.Text.Json;
using Guangong.Web.Features.Audit;
using Guangong.Web.Tests.Activities;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Audit;

/// <summary>Rows saved together with their parent name the parent's real key, and one save is one entry per row.</summary>
public abstract partial class AuditTrailTests
{
    [Fact]
    public async Task A_photo_saved_with_its_activity_names_the_activity_and_the_count_is_no_second_change()
    {
        var api = await App.ApiClientAsync("wsz-school");
        var school = await App.UnitAsync("乌审召小学");
        var volunteer = await App.WithDbAsync(db => db.Volunteers.Where(v => v.UnitId == school.ParentId && v.Status == Web.Features.People.VolunteerStatus.Active).Select(v => v.Id).FirstAsync());
        var title = "审计键" + Guid.NewGuid().ToString("N")[..6];
        var activity = new { title, category = "防溺水", status = "Completed", date = "2023-07-01", unitId = school.Id.ToString(), youthReached = "40", served = new[] { new { volunteerId = volunteer, hours = "2" } } };
        using var form = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(activity)), "activity" },
            { new ByteArrayContent(ActivityForms.Jpeg()), "photos", "a.jpg" },
        };
        var response = await api.PostAsync("/api/v1/activities", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var id = (await App.WithDbAsync(db => db.Activities.Where(a => a.Title == title).Select(a => a.Id).SingleAsync())).ToString();
        var photo = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "ActivityFile").OrderByDescending(a => a.Id).FirstAsync());
        Assert.Contains(new FieldLine("ActivityId", null, id), Fields(photo.Changes));
        var own = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "Activity" && a.EntityId == id && a.Action != AuditActions.View).ToListAsync());
        Assert.True(own.Count == 1, string.Join("\n", own.Select(o => o.Action + " " + o.Changes)));
        Assert.Contains(new FieldLine("VolunteerCount", null, "1"), Fields(own[0].Changes));
    }

    private static List<FieldLine> Fields(string? changes) => JsonSerializer.Deserialize<List<FieldLine>>(changes!)!;

    private sealed record FieldLine(string Field, string? Old, string? New);
}
