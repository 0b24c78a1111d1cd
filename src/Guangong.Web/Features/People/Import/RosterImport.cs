using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.People.Import;

/// <summary>
/// Spreadsheet import of the roster in two steps: a preview that writes nothing and lists every
/// row's problems, then, on confirmation, one transaction that adds the valid rows. With the page script the file
/// goes up as soon as it is picked, through the upload on pick of every form that takes files (<see cref="PendingUploads"/>,
/// as <see cref="RosterUpload.Kind"/>): one that does not read as a roster is refused there with the reason, a good one waits under
/// its uploader's token and the form posts only the token. The preview moves it into the <see cref="ImportFileStore"/>
/// under the same token, where the confirmation and the download of rejected rows find it. Without the script the
/// file comes with the form.
/// </summary>
public sealed class RosterImport(GuangongDbContext db, VolunteerRoster roster, ImportFileStore files, PreviewedRows previewed, PendingUploads pending, CurrentUser me)
{
    public async Task<(string? Token, RosterImportPreview Preview)> UploadAsync(Stream content, long length, CancellationToken ct = default)
    {
        if (RosterUpload.LengthError(length) is { } refused)
        {
            return (null, RosterImportPreview.Refused(refused));
        }

        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, ct);
        copy.Position = 0;
        var (rows, error) = RosterSpreadsheet.Read(copy);
        if (error is not null)
        {
            return (null, RosterImportPreview.Refused(error));
        }

        copy.Position = 0;
        var token = await files.SaveAsync(me.UserId, copy, null, ct);
        previewed.Keep(me.UserId, token, rows);
        var preview = await CheckAsync(rows, await roster.CodesAsync(ct), ct);
        return (token, preview);
    }

    /// <summary>
    /// The user's picked files among <paramref name="tokens"/> still waiting to be imported, in the order picked: what a
    /// refused form lists again. Uploaded ones wait in <see cref="PendingUploads"/>, previewed ones in the store.
    /// </summary>
    public async Task<IReadOnlyList<(string Token, string FileName)>> WaitingAsync(IEnumerable<string>? tokens, CancellationToken ct = default)
    {
        var wanted = (tokens ?? []).Distinct(StringComparer.Ordinal).ToList();
        var uploaded = (await pending.DescribeAsync(wanted, ct)).ToDictionary(p => p.Token, p => p.FileName);
        return [.. wanted.Select(t => (Token: t, Name: uploaded.GetValueOrDefault(t) ?? files.PickedName(me.UserId, t))).Where(p => p.Name is not null).Select(p => (p.Token, p.Name!))];
    }

    /// <summary>The preview of the one picked file a post names, with its token (which the confirmation then posts).</summary>
    public async Task<(string? Token, RosterImportPreview Preview)> PreviewPickedAsync(IReadOnlyCollection<string> tokens, CancellationToken ct = default)
    {
        var waiting = await WaitingAsync(tokens, ct);
        var gone = tokens.Distinct(StringComparer.Ordinal).Count() - waiting.Count;
        if (gone > 0 || waiting.Count != 1)
        {
            return (null, RosterImportPreview.Refused(gone > 0
                ? $"有{gone}个已上传的文件已超过一天未导入而被清除，或已经导入过，请重新选择。"
                : waiting.Count == 0 ? "请选择要上传的Excel文件。" : "一次只能导入一个文件，请移除多余的。"));
        }

        var token = waiting[0].Token;
        if ((await pending.DescribeAsync([token], ct)).SingleOrDefault() is { } upload)
        {
            // Into the import store under the same token: the preview, the confirmation and the rejected rows read it there.
            var bytes = await pending.ReadBytesAsync(upload, ct);
            using (var stored = new MemoryStream(bytes, writable: false))
            {
                await files.SaveAsync(me.UserId, stored, upload.FileName, ct, token);
            }

            previewed.Claim(bytes, me.UserId, token);

            await pending.RemoveAsync(token, ct);
        }

        var preview = await PreviewAsync(token, ct) ?? RosterImportPreview.Refused("已上传的文件已被清除，请重新选择。");
        return (preview.FileError is null ? token : null, preview);
    }

    /// <summary>A picked file the user took off the form, or one that could not be read: it goes, waiting or previewed.</summary>
    public async Task DiscardAsync(string? token, CancellationToken ct = default)
    {
        files.Delete(me.UserId, token);
        if (token is not null)
        {
            previewed.Forget(me.UserId, token);
            await pending.RemoveAsync(token, ct);
        }
    }

    public async Task<RosterImportPreview?> PreviewAsync(string token, CancellationToken ct = default) =>
        await PreviewAsync(token, await roster.CodesAsync(ct), ct);

    /// <summary>
    /// The stored file's rows checked against the roster as it is now. The rows as typed come from the preview when it kept
    /// them (<see cref="PreviewedRows"/>), else the file is read again; the checked rows are never kept: the check fills a
    /// row's blank cells from the roster (a matched person's unit and status), and at the confirmation they must be what
    /// the roster holds then.
    /// </summary>
    private async Task<RosterImportPreview?> PreviewAsync(string token, RosterCodes codes, CancellationToken ct)
    {
        await using var stream = files.Open(me.UserId, token);
        if (stream is null)
        {
            return null;
        }

        if (previewed.Take(me.UserId, token) is { } typed)
        {
            return await CheckAsync(typed, codes, ct);
        }

        var (rows, error) = RosterSpreadsheet.Read(stream);
        if (error is null)
        {
            previewed.Keep(me.UserId, token, rows);
        }

        return error is not null ? RosterImportPreview.Refused(error) : await CheckAsync(rows, codes, ct);
    }

    private async Task<RosterImportPreview> CheckAsync(IReadOnlyList<RosterSheetRow> rows, RosterCodes codes, CancellationToken ct)
    {
        // Only the people the rows could name: a town's roster holds tens of thousands, a file at most 20,000 rows (the
        // names and numbers go as one array parameter each: a file names more people than a statement takes parameters).
        var (names, numbers) = RosterRowCheck.Wanted(rows);
        var keys = await RosterKeysAsync(names, numbers, ct);
        var check = await RosterRowCheck.ForAsync(rows, codes, keys, me.ScopeUnitId,
            ids => db.Volunteers.AsNoTracking().Where(v => EF.Parameter(ids).Contains(v.Id)).ToListAsync(ct));
        return new RosterImportPreview(null, rows.Select(check.Check).ToList());
    }

    /// <summary>
    /// The people named by <paramref name="names"/> or numbered <paramref name="numbers"/>. On PostgreSQL the names are
    /// matched as rows of the array (a semi-join on the name index): as <c>= ANY</c> the planner weighed each of a file's
    /// 20,000 names against the column's statistics, 65 ms before every check. SQLite takes the array's rows with <c>IN</c>
    /// (as a correlated EXISTS it would read the array once per person in the scope).
    /// </summary>
    private async Task<List<RosterKey>> RosterKeysAsync(List<string> names, List<long> numbers, CancellationToken ct)
    {
        var people = db.Volunteers.AsNoTracking();
        if (db.OnSqlite)
        {
            return await Keys(people.Where(v => EF.Parameter(names).Contains(v.Name) || EF.Parameter(numbers).Contains(v.Id))).ToListAsync(ct);
        }

        var named = await Keys(people.Where(v => EF.Parameter(names).Where(n => n == v.Name).Any())).ToListAsync(ct);
        var numbered = numbers.Count == 0 ? [] : await Keys(people.Where(v => EF.Parameter(numbers).Contains(v.Id))).ToListAsync(ct);
        return [.. named.Concat(numbered).DistinctBy(k => k.Id)];

        static IQueryable<RosterKey> Keys(IQueryable<Volunteer> people) =>
            people.Select(v => new RosterKey(v.Id, v.Name, v.BirthYear, v.Phone, v.ErasedUtc != null));
    }

    /// <summary>Adds the valid rows of a previewed file in one transaction; null when the token is unknown or already used.</summary>
    public async Task<RosterImportPreview?> ConfirmAsync(string token, CancellationToken ct = default)
    {
        if (files.IsImported(me.UserId, token))
        {
            return null;
        }

        var codes = await roster.CodesAsync(ct);
        var preview = await PreviewAsync(token, codes, ct);
        if (preview is null || preview.FileError is not null)
        {
            return preview;
        }

        var previousDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var updates = preview.Rows.Where(r => r.Writes && r.IsUpdate).ToDictionary(r => r.VolunteerId!.Value);
            var updated = updates.Keys.ToList();
            foreach (var volunteer in await db.Volunteers.Where(v => EF.Parameter(updated).Contains(v.Id)).ToListAsync(ct))
            {
                await ApplyAsync(volunteer, updates[volunteer.Id].Values!, codes, ct);
            }

            // Written in bulk without the change tracker (guarded, audited and followed all the same): tracking 20,000 new
            // people and their first history lines cost more than writing them. SaveChanges runs the audit trail in the
            // same transaction: all rows or none. Its first step finds the changes, automatic detection or not.
            db.AddUntracked(preview.Rows.Where(r => r.IsValid && !r.IsUpdate).Select(r => VolunteerRoster.NewVolunteer(r.Values!, codes)));
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RosterImportPreview.Refused("导入期间有人修改了其中的五老，本次没有导入任何一行。请重新上传预览。");
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = previousDetect;
            db.ChangeTracker.Clear();
            db.DropUntracked();
        }

        files.MarkImported(me.UserId, token);
        previewed.Forget(me.UserId, token);
        return preview;
    }

    /// <summary>An imported row's values onto the person it names; a new status is kept as history, as the status form does.</summary>
    private async Task ApplyAsync(Volunteer volunteer, VolunteerValues values, RosterCodes codes, CancellationToken ct)
    {
        if (values.UnitId != volunteer.UnitId)
        {
            await VolunteerTransfer.MoveAsync(db, volunteer, codes.Units[values.UnitId], ct);
        }

        values.ApplyTo(volunteer);
        if (values.Status != volunteer.Status)
        {
            db.VolunteerStatusChanges.Add(VolunteerStatusChange.Apply(volunteer, values.Status, values.StatusDate, "名册导入"));
        }
    }
}
