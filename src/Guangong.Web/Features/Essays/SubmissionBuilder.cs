using System.Globalization;
using Guangong.Documents.Essays;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Essays;

/// <summary>
/// The one check of a piece, typed or read from a file: title, text, author; the same student twice
/// in a group refused; the same text twice and a length outside the limits flagged; an anonymous code.
/// </summary>
public sealed class SubmissionBuilder(GuangongDbContext db, CurrentUser me, TimeProvider clock)
{
    public const string SameStudentMessage = "该学生（同一单位、同名、同年级班级）已在本组投过稿，同一组每人限投一篇。";

    /// <summary>Checks a piece and makes its row (not yet added); <paramref name="batch"/> holds the pieces of the same upload.</summary>
    public async Task<Submission?> BuildAsync(Contest contest, Organization.Unit unit, EssayGroup group, string? titleText, string? body, string? author, string? grade, string? className, string? adviser,
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
        // One spelling per class, so that the same pupil typed as 2班 and （2）班 is seen as one.
        var cls = EssayByline.ClassText(className);
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

}
