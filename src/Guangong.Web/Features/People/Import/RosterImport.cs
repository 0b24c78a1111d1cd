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
        var existing = (await db.Volunteers.AsNoTracking().Select(v => new { v.Name, v.BirthYear, v.Phone }).ToListAsync(ct))
            .Select(v => Key(v.Name, v.BirthYear, v.Phone))
            .ToHashSet();
        var seen = new Dictionary<string, int>();
        var checkedRows = new List<RosterImportRow>(rows.Count);
        foreach (var (rowNumber, input) in rows)
        {
            input.UnitId ??= me.ScopeUnitId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            input.Ethnicity ??= "汉族";
            input.Status ??= "在册";
            var (values, errors) = VolunteerRules.Check(input, codes, isNew: true);
            var problems = errors.Select(e => $"{RosterColumns.HeaderOf(e.Field)}：{e.Message}").ToList();
            if (values is not null)
            {
                var key = Key(values.Name, values.BirthYear, values.Phone);
                if (existing.Contains(key))
                {
                    problems.Add("名册中已有同名、同出生年份、同电话的人");
                }
                else if (seen.TryGetValue(key, out var first))
                {
                    problems.Add($"与第{first}行重复");
                }
                else
                {
                    seen[key] = rowNumber;
                }
            }

            checkedRows.Add(new RosterImportRow(rowNumber, input, problems, problems.Count == 0 ? values : null, values is null ? null : codes.Units[values.UnitId].Name));
        }

        return new RosterImportPreview(null, checkedRows);
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
            db.Volunteers.AddRange(preview.Rows.Where(r => r.IsValid).Select(r => VolunteerRoster.NewVolunteer(r.Values!, codes)));

            // SaveChanges runs the audit trail in the same transaction: all rows or none.
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = previousDetect;
            db.ChangeTracker.Clear();
        }

        files.MarkImported(me.UserId, token);
        return preview;
    }

    private static string Key(string name, int birthYear, string? phone) => $"{name}|{birthYear}|{phone}";
}
