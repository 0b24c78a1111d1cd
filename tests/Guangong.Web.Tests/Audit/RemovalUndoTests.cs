using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Assessments;
using Guangong.Web.Features.Audit;
using Guangong.Web.Features.Committees;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Plans;
using Guangong.Web.Features.Safety.Photos;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Tests.Activities;
using Guangong.Web.Tests.Assessments;
using Guangong.Web.Tests.Infrastructure;
using Guangong.Web.Tests.Safety;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Guangong.Web.Tests.Audit;

/// <summary>
/// Issue 12 point 4: a removed seat, task owner, photo or assessment evidence file is put back from its audit entry by its remover only,
/// within 30 minutes, inside the data scope, and once; run once per provider.
/// </summary>
public abstract class RemovalUndoTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    /// <summary>Runs a command as a user (as the audit names them) in a scope; <paramref name="later"/> moves the undo's clock on.</summary>
    private async Task<T> AsAsync<TCommands, T>(string userName, Unit? scope, Func<TCommands, Task<T>> work, TimeSpan? later = null)
        where TCommands : notnull
    {
        var user = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName));
        await using var services = App.Services.CreateAsyncScope();
        var sp = services.ServiceProvider;
        if (scope is null)
        {
            sp.GetRequiredService<DataScope>().Widen();
        }
        else
        {
            sp.GetRequiredService<DataScope>().Restrict(scope.Id, scope.Path);
        }

        var actor = sp.GetRequiredService<CurrentActor>();
        actor.SignedIn(user.Id, user.UserName!);
        var commands = later is { } by
            ? ActivatorUtilities.CreateInstance<TCommands>(sp, new RecentRemovals(sp.GetRequiredService<GuangongDbContext>(), actor, new FakeTimeProvider(DateTimeOffset.UtcNow + by)))
            : sp.GetRequiredService<TCommands>();
        return await work(commands);
    }

    /// <summary>The checks every kind of removal shares, after zhenglu removed the record in <paramref name="home"/>.</summary>
    private async Task UndoIsTheRemoversAloneAsync<TCommands>(long entry, Unit home, Unit outside, Func<TCommands, long, Task<CommandStatus>> undo, Func<Task<bool>> isBack)
        where TCommands : notnull
    {
        Assert.True(entry > 0);
        Assert.False(await isBack());
        Assert.Equal(CommandStatus.NotFound, await AsAsync<TCommands, CommandStatus>("admin", null, c => undo(c, entry)));
        Assert.Equal(CommandStatus.NotFound, await AsAsync<TCommands, CommandStatus>("zhenglu", outside, c => undo(c, entry)));
        Assert.Equal(CommandStatus.NotFound, await AsAsync<TCommands, CommandStatus>("zhenglu", home, c => undo(c, entry), later: TimeSpan.FromMinutes(31)));
        Assert.False(await isBack());

        Assert.Equal(CommandStatus.Succeeded, await AsAsync<TCommands, CommandStatus>("zhenglu", home, c => undo(c, entry), later: TimeSpan.FromMinutes(29)));
        Assert.True(await isBack());
        Assert.Equal(CommandStatus.NotFound, await AsAsync<TCommands, CommandStatus>("zhenglu", home, c => undo(c, entry)));
        var removal = await App.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Id == entry));
        var undone = await App.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.UndoOf == entry));
        Assert.Equal((AuditActions.Undo, removal.Entity, "zhenglu"), (undone.Action, undone.Entity, undone.UserName));

        // The record put back is that one line, with its fields: no 新增 beside it.
        Assert.False(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Id > entry && a.Action == AuditActions.Create && a.Entity == removal.Entity && a.UserName == "zhenglu")));
    }

    [Fact]
    public async Task A_removed_seat_is_put_back_as_it_was()
    {
        var (town, village) = (await App.UnitAsync("郑陆镇关工委"), await App.UnitAsync("焦溪村关工委"));
        var name = ChineseName.Unique("席", 2);
        var seat = await AsAsync<PositionCommands, CommandResult<LeadershipPosition>>("zhenglu", town, c => c.AddPositionAsync(town.Id, new PositionInput
        {
            Role = "干事", PersonName = name, PostElsewhere = "镇文化站站长", TermStart = "2021-03-01", TermEnd = "2025-12-31", SortOrder = "27",
        }));
        var entry = await AsAsync<PositionCommands, long>("zhenglu", town, async c =>
        {
            Assert.True((await c.RemovePositionAsync(seat.Value!.Id, seat.Value.Version)).Succeeded);
            return await c.RemovalEntryAsync(seat.Value.Id);
        });

        await UndoIsTheRemoversAloneAsync<PositionCommands>(entry, town, village, async (c, e) => (await c.UndoRemovalAsync(town.Id, e)).Status,
            () => App.WithDbAsync(db => db.LeadershipPositions.AnyAsync(p => p.PersonName == name)));
        var back = await App.WithDbAsync(db => db.LeadershipPositions.SingleAsync(p => p.PersonName == name));
        Assert.Equal(("干事", "镇文化站站长", new DateOnly(2021, 3, 1), new DateOnly(2025, 12, 31), 27, town.Id),
            (back.Role, back.PostElsewhere, back.TermStart, back.TermEnd, back.SortOrder, back.UnitId));
    }

    [Fact]
    public async Task A_removal_undone_before_the_undo_line_held_its_removal_is_not_undone_again()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var name = ChineseName.Unique("旧", 2);
        var seat = await AsAsync<PositionCommands, CommandResult<LeadershipPosition>>("zhenglu", town, c => c.AddPositionAsync(town.Id, new PositionInput
        {
            Role = "干事", PersonName = name, TermStart = "2021-03-01", SortOrder = "28",
        }));
        var entry = await AsAsync<PositionCommands, long>("zhenglu", town, async c =>
        {
            Assert.True((await c.RemovePositionAsync(seat.Value!.Id, seat.Value.Version)).Succeeded);
            return await c.RemovalEntryAsync(seat.Value.Id);
        });

        // The marker an undo wrote before AuditEntry.UndoOf: the record's id, no link to the removal.
        await App.WithDbAsync(async db =>
        {
            var removal = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == entry);
            db.AddAuditEvent(AuditActions.Undo, removal.Entity, removal.EntityId, "撤销第N条审计记录的删除，按删除前的内容放回", removal.UnitPath);
            return await db.SaveChangesAsync();
        }, town.Id, town.Path);

        Assert.Equal(CommandStatus.NotFound, await AsAsync<PositionCommands, CommandStatus>("zhenglu", town, async c => (await c.UndoRemovalAsync(town.Id, entry)).Status));
    }

    [Fact]
    public async Task Owners_taken_off_a_task_are_given_it_back()
    {
        var (town, village) = (await App.UnitAsync("郑陆镇关工委"), await App.UnitAsync("焦溪村关工委"));
        var (middle, school) = (await App.UnitAsync("郑陆初级中学关工委"), await App.UnitAsync("焦溪小学关工委"));
        var task = await App.WithDbAsync(db => db.PlanTasks.AsNoTracking().Include(t => t.Assignments).Where(t => t.UnitPath == town.Path).OrderBy(t => t.Id).FirstAsync());
        var owners = task.Assignments.Select(a => a.UnitId).Where(u => u != middle.Id && u != school.Id).ToList();
        var given = await AsAsync<TaskCommands, CommandResult<PlanTask>>("zhenglu", town, c => c.SetOwnersAsync(task.Id, task.Version, [.. owners, middle.Id, school.Id]));
        task = await App.WithDbAsync(db => db.PlanTasks.AsNoTracking().Include(t => t.Assignments).SingleAsync(t => t.Id == task.Id));
        var dropped = task.Assignments.Single(a => a.UnitId == middle.Id);
        var kept = task.Assignments.Where(a => a != dropped).Select(a => a.UnitId).ToList();
        Assert.True(given.Succeeded);
        Assert.True((await AsAsync<TaskCommands, CommandResult<PlanTask>>("zhenglu", town, c => c.SetOwnersAsync(task.Id, task.Version, kept))).Succeeded);
        var entry = (await AsAsync<RecentRemovals, IReadOnlyList<long>>("zhenglu", town, r => r.EntriesOfAsync<TaskAssignment>([dropped.Id]))).Single();

        await UndoIsTheRemoversAloneAsync<TaskCommands>(entry, town, village, async (c, e) => (await c.UndoOwnerRemovalAsync(task.Id, [e])).Status,
            () => App.WithDbAsync(db => db.TaskAssignments.AnyAsync(a => a.TaskId == task.Id && a.UnitId == dropped.UnitId)));
        var back = await App.WithDbAsync(db => db.TaskAssignments.SingleAsync(a => a.TaskId == task.Id && a.UnitId == dropped.UnitId));
        Assert.Equal((task.Text, task.PlanId, dropped.UnitPath, 0), (back.TaskText, back.PlanId, back.UnitPath, back.Percent));
    }

    [Fact]
    public async Task Two_owners_put_back_at_once_each_get_their_own_undo_line()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var (middle, school) = (await App.UnitAsync("郑陆初级中学关工委"), await App.UnitAsync("焦溪小学关工委"));
        var task = await App.WithDbAsync(db => db.PlanTasks.AsNoTracking().Include(t => t.Assignments).Where(t => t.UnitPath == town.Path).OrderByDescending(t => t.Id).FirstAsync());
        var owners = task.Assignments.Select(a => a.UnitId).Where(u => u != middle.Id && u != school.Id).ToList();
        Assert.True((await AsAsync<TaskCommands, CommandResult<PlanTask>>("zhenglu", town, c => c.SetOwnersAsync(task.Id, task.Version, [.. owners, middle.Id, school.Id]))).Succeeded);
        task = await App.WithDbAsync(db => db.PlanTasks.AsNoTracking().Include(t => t.Assignments).SingleAsync(t => t.Id == task.Id));
        var dropped = task.Assignments.Where(a => a.UnitId == middle.Id || a.UnitId == school.Id).ToList();
        Assert.True((await AsAsync<TaskCommands, CommandResult<PlanTask>>("zhenglu", town, c => c.SetOwnersAsync(task.Id, task.Version, owners))).Succeeded);
        var entries = await AsAsync<RecentRemovals, IReadOnlyList<long>>("zhenglu", town, r => r.EntriesOfAsync<TaskAssignment>(dropped.Select(d => d.Id)));
        Assert.Equal(2, entries.Count);

        Assert.Equal(CommandStatus.Succeeded, await AsAsync<TaskCommands, CommandStatus>("zhenglu", town, async c => (await c.UndoOwnerRemovalAsync(task.Id, entries)).Status));

        // Each removal's undo line is about the owner that removal took away, with that owner's unit.
        var lines = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.UndoOf != null && entries.Contains(a.UndoOf.Value))
            .Join(db.AuditEntries, u => u.UndoOf, r => r.Id, (u, r) => new { Undo = u.UnitPath, Removed = r.UnitPath, u.Action }).ToListAsync());
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal((AuditActions.Undo, l.Removed), (l.Action, l.Undo)));
        Assert.Equal(2, lines.Select(l => l.Undo).Distinct().Count());
    }

    [Fact]
    public async Task A_removed_photo_comes_back_with_its_bytes()
    {
        var (village, elder, cafeId) = await SafetyPhotoTests.CafeAsync(App);
        var api = await App.ApiClientAsync("zhenglu");
        using var form = SafetyPhotoTests.Multipart("inspection", SafetyPhotoTests.Inspection(elder), ("门口.jpg", ActivityForms.Jpeg(320, 240)));
        var saved = await api.PostAsync($"/api/v1/cafes/{cafeId}/inspections", form);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var inspection = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var photo = await App.WithDbAsync(db => db.SafetyPhotos.AsNoTracking().SingleAsync(p => p.Of == PhotoOf.CafeInspection && p.RecordId == inspection));
        var town = await App.UnitAsync("郑陆镇关工委");
        var sibling = await App.UnitAsync("焦溪村关工委");

        var entry = await AsAsync<SafetyPhotos, long>("zhenglu", village, async p =>
        {
            Assert.True((await p.RemoveAsync(PhotoOf.CafeInspection, photo.Id)).Succeeded);
            return await p.RemovalEntryAsync(photo.Id);
        });
        Assert.False(await FileAsync(photo.StorageKey));

        await UndoIsTheRemoversAloneAsync<SafetyPhotos>(entry, town, sibling, async (p, e) => (await p.UndoRemovalAsync(PhotoOf.CafeInspection, inspection, e)).Status,
            () => App.WithDbAsync(db => db.SafetyPhotos.AnyAsync(p => p.StorageKey == photo.StorageKey)));
        Assert.True(await FileAsync(photo.StorageKey));
        var officer = await App.SignedInAsync("zhenglu");
        var back = await App.WithDbAsync(db => db.SafetyPhotos.SingleAsync(p => p.StorageKey == photo.StorageKey));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(PhotoEndpoints.Url(PhotoOf.CafeInspection, back.Id))).StatusCode);
        Assert.Equal((photo.FileName, photo.SizeBytes, photo.HasThumbnail), (back.FileName, back.SizeBytes, back.HasThumbnail));
    }

    [Fact]
    public async Task A_removed_evidence_file_comes_back_with_its_bytes_while_the_assessment_is_a_draft()
    {
        var s = await AssessmentEvidenceTests.NewAsync(App);
        var criterion = s.Template.Criteria.First().Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await AsAsync<AssessmentEvidence, bool>("zhenglu", s.Village, async e =>
            (await e.UploadAsync(s.Assessment.Id, criterion, [new("任命文件.jpg", ActivityForms.Jpeg(320, 240))])).Succeeded));
        var file = await App.WithDbAsync(db => db.AssessmentFiles.AsNoTracking().SingleAsync(f => f.AssessmentId == s.Assessment.Id));
        var entry = await AsAsync<AssessmentEvidence, long>("zhenglu", s.Village, async e =>
        {
            Assert.True((await e.RemoveAsync(s.Assessment.Id, file.Id)).Succeeded);
            return await e.RemovalEntryAsync(file.Id);
        });
        Assert.False(await FileAsync(file.StorageKey));

        // Another assessment's page offers no undo of this file.
        Assert.Equal(CommandStatus.NotFound, await AsAsync<AssessmentEvidence, CommandStatus>("zhenglu", s.Village, async e => (await e.UndoRemovalAsync(s.Assessment.Id + 100000, entry)).Status));
        await UndoIsTheRemoversAloneAsync<AssessmentEvidence>(entry, s.Village, await App.UnitAsync("焦溪村关工委"), async (e, id) => (await e.UndoRemovalAsync(s.Assessment.Id, id)).Status,
            () => App.WithDbAsync(db => db.AssessmentFiles.AnyAsync(f => f.StorageKey == file.StorageKey)));
        Assert.True(await FileAsync(file.StorageKey));
        var back = await App.WithDbAsync(db => db.AssessmentFiles.AsNoTracking().SingleAsync(f => f.StorageKey == file.StorageKey));
        Assert.Equal((file.FileName, file.SizeBytes, file.HasThumbnail, file.CriterionId, file.UnitPath, file.UploadedBy), (back.FileName, back.SizeBytes, back.HasThumbnail, back.CriterionId, back.UnitPath, back.UploadedBy));
        Assert.Equal(HttpStatusCode.OK, (await s.Recorder.GetAsync($"/assessments/files/{back.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_assessment_page_removes_a_file_in_two_taps_and_offers_its_remover_the_undo()
    {
        var s = await AssessmentEvidenceTests.NewAsync(App);
        var criterion = s.Template.Criteria.First().Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var url = $"/assessments/{s.Assessment.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await ActivityForms.PostAsync(s.Recorder, url, "evidence", new Dictionary<string, string> { ["criterion"] = criterion }, [("files", "照片.jpg", ActivityForms.Jpeg())])).StatusCode);
        var file = await App.WithDbAsync(db => db.AssessmentFiles.AsNoTracking().SingleAsync(f => f.AssessmentId == s.Assessment.Id));

        var removed = await ActivityForms.PostAsync(s.Recorder, url, "evidence-remove", new Dictionary<string, string> { ["file"] = file.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var notice = WebUtility.HtmlDecode(await s.Recorder.GetStringAsync(removed.Headers.Location!.OriginalString));
        Assert.Contains("已删除佐证「照片.jpg」", notice);
        Assert.Contains("撤销（放回这个文件）", notice);
        Assert.False(await App.WithDbAsync(db => db.AssessmentFiles.AnyAsync(f => f.AssessmentId == s.Assessment.Id)));

        var entry = System.Text.RegularExpressions.Regex.Match(removed.Headers.Location!.OriginalString, "removed=([0-9]+)").Groups[1].Value;
        var undone = await ActivityForms.PostAsync(s.Recorder, removed.Headers.Location!.OriginalString, "evidence-undo", new Dictionary<string, string> { ["undo"] = entry });
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Contains("佐证已放回", WebUtility.HtmlDecode(await s.Recorder.GetStringAsync(undone.Headers.Location!.OriginalString)));
        Assert.True(await App.WithDbAsync(db => db.AssessmentFiles.AnyAsync(f => f.AssessmentId == s.Assessment.Id && f.StorageKey == file.StorageKey)));
        Assert.Equal(HttpStatusCode.OK, (await s.Recorder.GetAsync($"/assessments/files/{(await App.WithDbAsync(db => db.AssessmentFiles.SingleAsync(f => f.StorageKey == file.StorageKey))).Id}")).StatusCode);

        // The same notice again (the back button): the undo is spent, the page no longer offers it.
        Assert.DoesNotContain("撤销（放回这个文件）", WebUtility.HtmlDecode(await s.Recorder.GetStringAsync(removed.Headers.Location!.OriginalString)));
    }

    [Fact]
    public async Task Trashed_bytes_stay_through_the_window_and_go_after_it()
    {
        var files = new EvidenceFiles(Path.Combine(Path.GetTempPath(), $"trash-test-{Guid.NewGuid():N}"));
        var key = (await files.SaveAsync(ActivityForms.Jpeg(100, 80), "image/jpeg", "a.jpg", default)).Stored?.Key;
        files.Trash(key!);
        Assert.Null(files.Open(key!, thumbnail: false));
        Assert.Equal(0, files.PurgeTrash(TrashSweeper.Kept));
        Assert.True(files.Untrash(key!));
        using (var back = files.Open(key!, thumbnail: true))
        {
            Assert.NotNull(back);
        }

        files.Trash(key!);
        Assert.Equal(2, files.PurgeTrash(TimeSpan.Zero - TimeSpan.FromSeconds(1)));
        Assert.False(files.Untrash(key!));
    }

    private Task<bool> FileAsync(string key) => App.WithServiceAsync<EvidenceFiles, bool>(files =>
    {
        using var stream = files.Open(key, thumbnail: false);
        return Task.FromResult(stream is not null);
    });
}

public sealed class RemovalUndoTestsOnSqlite(SqliteAppFixture fixture) : RemovalUndoTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class RemovalUndoTestsOnPostgres(PostgresAppFixture fixture) : RemovalUndoTests(fixture), IClassFixture<PostgresAppFixture>;
