using System.Globalization;
using Guangong.Documents.Essays;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Guangong.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Essays;

/// <summary>What an upload did: the pieces entered, and every file refused with its reason.</summary>
public sealed record ImportReport(IReadOnlyList<string> Imported, IReadOnlyList<(string File, string Reason)> Rejected);

/// <summary>
/// Entering pieces: typed, one .docx, or a .zip of many. A piece belongs to the unit that enters it
/// (the student's school); the same student twice in one group is refused, the same text twice and
/// a piece under the length limit are flagged. A .zip imports all its good files in one save and
/// reports every bad one: nothing half-imported.
/// </summary>
public sealed class SubmissionCommands(GuangongDbContext db, ContestDirectory contests, SubmissionBuilder builder, SubmissionImageStore pictures, EssayUploads uploads, CurrentUser me, TimeProvider clock)
{
    public const string SameStudentMessage = SubmissionBuilder.SameStudentMessage;

    /// <summary>A typed piece, with the pictures uploaded beside it (none from the API's JSON); <paramref name="claimed"/> are those uploaded on pick, ended in its save.</summary>
    public async Task<CommandResult<Submission>> CreateAsync(long contestId, SubmissionInput input, IReadOnlyList<IncomingImage>? images = null, IReadOnlyList<PendingUpload>? claimed = null, CancellationToken ct = default)
    {
        var (view, unit, group, errors) = await PrepareAsync(contestId, input.UnitId, input.Group, ct);
        if (view is null)
        {
            return CommandResult<Submission>.NotFound();
        }

        var piece = errors.Count == 0
            ? await builder.BuildAsync(view.Contest, unit!, group!.Value, input.Title, input.Text, input.AuthorName, input.Grade, input.ClassName, input.Adviser, null, [], errors, ct)
            : null;
        return await SaveOneAsync(piece, images ?? [], "Images", errors, claimed ?? [], ct);
    }

    /// <summary>One .docx: title and byline are read from it; a name typed in the form wins over the byline.</summary>
    public async Task<CommandResult<Submission>> ImportDocxAsync(long contestId, SubmissionInput input, string fileName, byte[] bytes, IReadOnlyList<PendingUpload>? claimed = null, CancellationToken ct = default)
    {
        var (view, unit, group, errors) = await PrepareAsync(contestId, input.UnitId, input.Group, ct);
        if (view is null)
        {
            return CommandResult<Submission>.NotFound();
        }

        var essay = EssayDocxReader.Read(bytes);
        if (!essay.Succeeded)
        {
            errors.Add(new("File", $"{fileName}：{essay.Error}"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<Submission>.Invalid(errors);
        }

        var piece = await builder.BuildAsync(view!.Contest, unit!, group!.Value, essay.Title, essay.Text, Or(input.AuthorName, essay.Byline.Author), Or(input.Grade, essay.Byline.Grade),
            Or(input.ClassName, essay.Byline.ClassNumber is { } c ? $"{c}班" : null), Or(input.Adviser, essay.Byline.Adviser), fileName, [], errors, ct);
        return await SaveOneAsync(piece, Incoming(essay), "File", errors, claimed ?? [], ct, $"{fileName}：");
    }

    /// <summary>A .zip of .docx files, all for one group and unit.</summary>
    public async Task<CommandResult<ImportReport>> ImportZipAsync(long contestId, SubmissionInput input, Stream zip, IReadOnlyList<PendingUpload>? claimed = null, CancellationToken ct = default)
    {
        var (view, unit, group, errors) = await PrepareAsync(contestId, input.UnitId, input.Group, ct);
        if (view is null)
        {
            return CommandResult<ImportReport>.NotFound();
        }

        if (errors.Count > 0)
        {
            return CommandResult<ImportReport>.Invalid(errors);
        }

        var read = EssayZipReader.Read(zip);
        if (read.Error is not null)
        {
            return CommandResult<ImportReport>.Invalid("File", read.Error);
        }

        var rejected = read.Bad.Select(b => (b.Name, b.Error!)).ToList();
        var batch = new List<Submission>();
        foreach (var entry in read.Good)
        {
            var essay = entry.Essay!;
            var fileErrors = new List<FieldError>();
            var piece = await builder.BuildAsync(view.Contest, unit!, group!.Value, essay.Title, essay.Text, essay.Byline.Author, essay.Byline.Grade,
                essay.Byline.ClassNumber is { } c ? $"{c}班" : null, essay.Byline.Adviser, entry.Name, batch, fileErrors, ct);
            if (piece is null || fileErrors.Count > 0)
            {
                rejected.Add((entry.Name, string.Join(" ", fileErrors.Select(e => e.Message))));
                continue;
            }

            // A picture refused (too big, not a picture) refuses its file alone, with the picture named.
            var (stored, pictureError) = await pictures.StoreAsync(Incoming(essay), ct);
            if (pictureError is not null)
            {
                rejected.Add((entry.Name, pictureError));
                continue;
            }

            Attach(piece, stored);
            batch.Add(piece);
        }

        db.Submissions.AddRange(batch);
        uploads.Release(claimed ?? []);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            pictures.Delete(batch.SelectMany(b => b.Images));
            throw;
        }

        uploads.Saved(claimed ?? []);

        return CommandResult<ImportReport>.Ok(new ImportReport([.. batch.Select(b => $"{b.Code} {b.Title}（{b.AuthorName}）")], rejected));
    }

    private async Task<(ContestView? View, Organization.Unit? Unit, EssayGroup? Group, List<FieldError> Errors)> PrepareAsync(long contestId, string? unitText, string? groupText, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var view = await contests.FindAsync(contestId, ct);
        if (view is null || !(view.IsOrganiser || view.IsParticipant))
        {
            return (null, null, null, errors);
        }

        var today = ChinaTime.Today(clock);
        if (today > view.Contest.SubmissionDeadline)
        {
            errors.Add(new(string.Empty, $"本次征文已于{ChinaTime.Date(view.Contest.SubmissionDeadline)}截稿，不能再投稿。"));
        }

        var group = EnumText.Parse<EssayGroup>(groupText);
        if (group is null || !view.Contest.GroupList.Contains(group.Value))
        {
            errors.Add(new(nameof(SubmissionInput.Group), "请选择本次征文的一个组别。"));
        }

        // The piece belongs to the unit that enters it: the scope's own unit, or a unit below chosen by the organiser.
        var unitId = long.TryParse(unitText, NumberStyles.None, CultureInfo.InvariantCulture, out var u) ? u : me.ScopeUnitId ?? 0;
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(x => x.Id == unitId, ct);
        if (unit is null || !unit.Path.StartsWith(view.Contest.UnitPath, StringComparison.Ordinal) || unit.Id == view.Contest.UnitId && view.Contest.ParticipantIds.Count > 0)
        {
            errors.Add(new(nameof(SubmissionInput.UnitId), "请选择投稿单位（学校、村或社区）。"));
        }
        else if (view.Contest.ParticipantIds.Count > 0 && !SubtreeFilter.Ids(unit.Path).Any(view.Contest.ParticipantIds.Contains))
        {
            errors.Add(new(nameof(SubmissionInput.UnitId), "该单位不在本次征文的参赛单位之内。"));
        }

        return (view, unit, group, errors);
    }

    /// <summary>Stores the piece's pictures and saves it with them; nothing is kept when either fails.</summary>
    private async Task<CommandResult<Submission>> SaveOneAsync(Submission? piece, IReadOnlyList<IncomingImage> images, string imageField, List<FieldError> errors, IReadOnlyList<PendingUpload> claimed, CancellationToken ct, string prefix = "")
    {
        if (piece is null || errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<Submission>.Invalid(errors);
        }

        var (stored, pictureError) = await pictures.StoreAsync(images, ct);
        if (pictureError is not null)
        {
            db.ChangeTracker.Clear();
            return CommandResult<Submission>.Invalid(imageField, prefix + pictureError);
        }

        Attach(piece, stored);
        db.Submissions.Add(piece);
        uploads.Release(claimed);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            pictures.Delete(stored);
            throw;
        }

        uploads.Saved(claimed);
        return CommandResult<Submission>.Ok(piece);
    }

    private static void Attach(Submission piece, List<SubmissionImage> stored)
    {
        foreach (var image in stored)
        {
            image.UnitId = piece.UnitId;
            image.UnitPath = piece.UnitPath;
            piece.Images.Add(image);
        }
    }

    private static List<IncomingImage> Incoming(EssayReadResult essay) =>
        [.. essay.Images.Select((i, n) => new IncomingImage($"文中第{n + 1}张图片（{i.Name}）", i.Bytes))];

    private static string? Or(string? typed, string? read) => string.IsNullOrWhiteSpace(typed) ? read : typed;
}
