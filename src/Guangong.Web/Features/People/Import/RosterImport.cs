using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.People.Import;

/// <summary>
/// Spreadsheet import of the roster in two steps: a preview that writes nothing and lists every
/// row's problems, then, on confirmation, one transaction that adds the valid rows.
/// </summary>
public sealed class RosterImport(GuangongDbContext db, VolunteerRoster roster, ImportFileStore files, CurrentUser me)
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public async Task<(string? Token, RosterImportPreview Preview)> UploadAsync(Stream content, long length, CancellationToken ct = default)
    {
        if (length == 0)
        {
            return (null, RosterImportPreview.Refused("文件是空的（0字节）。"));
        }

        if (length > MaxFileBytes)
        {
            return (null, RosterImportPreview.Refused($"文件有{length / 1024 / 1024}MB，超过了10MB的上限。请删去无关的工作表或分成几个文件。"));
        }

        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, ct);
        copy.Position = 0;
        var preview = await PreviewAsync(copy, ct);
        if (preview.FileError is not null)
        {
            return (null, preview);
        }

        copy.Position = 0;
        return (await files.SaveAsync(me.UserId, copy, ct), preview);
    }

    public async Task<RosterImportPreview?> PreviewAsync(string token, CancellationToken ct = default)
    {
        await using var stream = files.Open(me.UserId, token);
        return stream is null ? null : await PreviewAsync(stream, ct);
    }

    public async Task<RosterImportPreview> PreviewAsync(Stream stream, CancellationToken ct = default)
    {
        var (rows, error) = RosterSpreadsheet.Read(stream);
        if (error is not null)
        {
            return RosterImportPreview.Refused(error);
        }

        var codes = await roster.CodesAsync(ct);
        var people = await db.Volunteers.AsNoTracking().ToListAsync(ct);
        var check = new RosterRowCheck(codes, people, me.ScopeUnitId);
        return new RosterImportPreview(null, rows.Select(check.Check).ToList());
    }

    /// <summary>Adds the valid rows of a previewed file in one transaction; null when the token is unknown or already used.</summary>
    public async Task<RosterImportPreview?> ConfirmAsync(string token, CancellationToken ct = default)
    {
        if (files.IsImported(me.UserId, token))
        {
            return null;
        }

        var preview = await PreviewAsync(token, ct);
        if (preview is null || preview.FileError is not null)
        {
            return preview;
        }

        var codes = await roster.CodesAsync(ct);
        var previousDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.Volunteers.AddRange(preview.Rows.Where(r => r.IsValid && !r.IsUpdate).Select(r => VolunteerRoster.NewVolunteer(r.Values!, codes)));
            var updates = preview.Rows.Where(r => r.Writes && r.IsUpdate).ToDictionary(r => r.VolunteerId!.Value);
            foreach (var volunteer in await db.Volunteers.Where(v => updates.Keys.Contains(v.Id)).ToListAsync(ct))
            {
                await ApplyAsync(volunteer, updates[volunteer.Id].Values!, codes, ct);
            }

            // SaveChanges runs the audit trail in the same transaction: all rows or none.
            db.ChangeTracker.DetectChanges();
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
        }

        files.MarkImported(me.UserId, token);
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
