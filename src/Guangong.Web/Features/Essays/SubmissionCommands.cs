using System.Globalization;
using Guangong.Documents.Essays;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
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
public sealed class SubmissionCommands(GuangongDbContext db, ContestDirectory contests, CurrentUser me, TimeProvider clock)
{
    public const string SameStudentMessage = "该学生（同一单位、同名、同年级班级）已在本组投过稿，同一组每人限投一篇。";

    public async Task<CommandResult<Submission>> CreateAsync(long contestId, SubmissionInput input, CancellationToken ct = default)
    {
        var (view, unit, group, errors) = await PrepareAsync(contestId, input.UnitId, input.Group, ct);
        if (view is null)
        {
            return CommandResult<Submission>.NotFound();
        }

        var piece = errors.Count == 0
            ? await BuildAsync(view.Contest, unit!, group!.Value, input.Title, input.Text, input.AuthorName, input.Grade, input.ClassName, input.Adviser, null, [], errors, ct)
            : null;
        if (piece is null || errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<Submission>.Invalid(errors);
        }

        db.Submissions.Add(piece);
        await db.SaveChangesAsync(ct);
        return CommandResult<Submission>.Ok(piece);
    }

    /// <summary>One .docx: title and byline are read from it; a name typed in the form wins over the byline.</summary>
    public async Task<CommandResult<Submission>> ImportDocxAsync(long contestId, SubmissionInput input, string fileName, byte[] bytes, CancellationToken ct = default)
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

        var piece = await BuildAsync(view!.Contest, unit!, group!.Value, essay.Title, essay.Text, Or(input.AuthorName, essay.Byline.Author), Or(input.Grade, essay.Byline.Grade),
            Or(input.ClassName, essay.Byline.ClassNumber is { } c ? $"{c}班" : null), Or(input.Adviser, essay.Byline.Adviser), fileName, [], errors, ct);
        if (piece is null || errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<Submission>.Invalid(errors);
        }

        db.Submissions.Add(piece);
        await db.SaveChangesAsync(ct);
        return CommandResult<Submission>.Ok(piece);
    }

    /// <summary>A .zip of .docx files, all for one group and unit.</summary>
    public async Task<CommandResult<ImportReport>> ImportZipAsync(long contestId, SubmissionInput input, Stream zip, CancellationToken ct = default)
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
            var piece = await BuildAsync(view.Contest, unit!, group!.Value, essay.Title, essay.Text, essay.Byline.Author, essay.Byline.Grade,
                essay.Byline.ClassNumber is { } c ? $"{c}班" : null, essay.Byline.Adviser, entry.Name, batch, fileErrors, ct);
            if (piece is null || fileErrors.Count > 0)
            {
                rejected.Add((entry.Name, string.Join(" ", fileErrors.Select(e => e.Message))));
                continue;
            }

            batch.Add(piece);
        }

        db.Submissions.AddRange(batch);
        await db.SaveChangesAsync(ct);
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
        else if (view.Contest.ParticipantIds.Count > 0 && !unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Any(p => long.TryParse(p, out var v) && view.Contest.ParticipantIds.Contains(v)))
        {
            errors.Add(new(nameof(SubmissionInput.UnitId), "该单位不在本次征文的参赛单位之内。"));
        }

        return (view, unit, group, errors);
    }

    /// <summary>Checks a piece and makes its row (not yet added); <paramref name="batch"/> holds the pieces of the same upload.</summary>
    private async Task<Submission?> BuildAsync(Contest contest, Organization.Unit unit, EssayGroup group, string? titleText, string? body, string? author, string? grade, string? className, string? adviser,
        string? fileName, IReadOnlyList<Submission> batch, List<FieldError> errors, CancellationToken ct)
    {
        var title = titleText?.Trim() ?? string.Empty;
        if (title.Length is 0 or > 100)
        {
            errors.Add(new(nameof(SubmissionInput.Title), title.Length == 0 ? "请填写作品标题。" : "标题不能超过100个字。"));
        }

        var paragraphs = (body ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join("\n", paragraphs);
        if (text.Length == 0)
        {
            errors.Add(new(nameof(SubmissionInput.Text), "请填写或上传作品正文。"));
        }
        else if (text.Length > 30000)
        {
            errors.Add(new(nameof(SubmissionInput.Text), "正文不能超过30000个字符。"));
        }

        var name = author?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 30)
        {
            errors.Add(new(nameof(SubmissionInput.AuthorName), name.Length == 0 ? "没有作者姓名（文档中可写作者行，如“焦溪小学 三(2)班 张三”）。" : "作者姓名不能超过30个字。"));
        }

        var g = EssayByline.GradeText(grade) is { } gt ? gt.Trim() : null;
        var cls = className?.Trim();
        if (g is { Length: > 20 } || cls is { Length: > 20 })
        {
            errors.Add(new(nameof(SubmissionInput.Grade), "年级、班级各不超过20个字。"));
        }

        var adv = adviser?.Trim();
        if (adv is { Length: > 60 })
        {
            errors.Add(new(nameof(SubmissionInput.Adviser), "指导老师不能超过60个字。"));
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var sameStudent = batch.Any(b => b.Group == group && b.AuthorName == name && b.Grade == g && b.ClassName == cls)
            || await db.Submissions.AnyAsync(s => s.ContestId == contest.Id && s.Group == group && s.UnitId == unit.Id && s.AuthorName == name && s.Grade == g && s.ClassName == cls, ct);
        if (sameStudent)
        {
            errors.Add(new(nameof(SubmissionInput.AuthorName), SameStudentMessage));
            return null;
        }

        var count = EssayText.CountCharacters(text);
        var fingerprint = EssayText.Fingerprint(text);
        string? duplicateOf;
        HashSet<string> codes;
        using (db.Scope.ReadOutside(OutsideReasons.UniqueAcrossUnits))
        {
            duplicateOf = await db.Submissions.Where(s => s.ContestId == contest.Id && s.Fingerprint == fingerprint).Select(s => s.Code).FirstOrDefaultAsync(ct);
            codes = [.. await db.Submissions.Where(s => s.ContestId == contest.Id).Select(s => s.Code).ToListAsync(ct)];
        }

        duplicateOf ??= batch.FirstOrDefault(b => b.Fingerprint == fingerprint)?.Code;
        codes.UnionWith(batch.Select(b => b.Code));
        return new Submission
        {
            ContestId = contest.Id,
            UnitId = unit.Id,
            UnitPath = unit.Path,
            Group = group,
            Code = NewCode(group, codes),
            Title = title,
            Text = text,
            CharacterCount = count,
            Fingerprint = fingerprint,
            AuthorName = name,
            Grade = g,
            ClassName = cls,
            Adviser = adv,
            SourceFileName = fileName is { Length: > 260 } ? fileName[..260] : fileName,
            DuplicateOf = duplicateOf,
            UnderLength = contest.MinLength is { } min && count < min,
            OverLength = contest.MaxLength is { } max && count > max,
            CreatedByUserId = me.UserId,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
    }

    /// <summary>A code by group letter and a random number, so the order of entry (and so the school) cannot be read from it.</summary>
    private static string NewCode(EssayGroup group, HashSet<string> taken)
    {
        var letter = (char)('A' + (int)group);
        for (var width = 3; ; width++)
        {
            var max = (int)Math.Pow(10, width);
            for (var i = 0; i < 50; i++)
            {
                var code = letter + Random.Shared.Next(max / 10, max).ToString(CultureInfo.InvariantCulture);
                if (taken.Add(code))
                {
                    return code;
                }
            }
        }
    }

    private static string? Or(string? typed, string? read) => string.IsNullOrWhiteSpace(typed) ? read : typed;
}
