using Guangong.Web.Features.Organization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Guangong.Documents.Journals;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Publicity;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Essays;

/// <summary>
/// The 内刊: the issue's cover and 卷首语, the chosen pieces (winning submissions, adopted articles of
/// the scope) in sections and order, and compiling it into the archive as .docx.
/// </summary>
public sealed partial class JournalCommands(GuangongDbContext db, CurrentUser me, TimeProvider clock, JournalArchive archive, ArticleImages images, EssayAuthors authors)
{
    public async Task<CommandResult<Journal>> SaveAsync(long? id, JournalInput input, CancellationToken ct = default)
    {
        var journal = id is { } existing ? await db.Journals.Include(j => j.Entries).SingleOrDefaultAsync(j => j.Id == existing, ct) : new Journal();
        if (journal is null)
        {
            return CommandResult<Journal>.NotFound();
        }

        if (id is not null && journal.Version != input.Version)
        {
            return CommandResult<Journal>.Conflict(journal);
        }

        var errors = new List<FieldError>();
        var title = (input.Title ?? string.Empty).Trim().Trim('《', '》');
        Required(title, 60, nameof(input.Title), "请填写刊名，如：银龄关爱，同行致远。", errors);
        var issue = (input.Issue ?? string.Empty).Trim();
        Required(issue, 30, nameof(input.Issue), "请填写期号，如：第五期。", errors);
        var editing = (input.EditingUnit ?? string.Empty).Trim();
        Required(editing, 100, nameof(input.EditingUnit), "请填写编印单位。", errors);
        var date = (input.DateText ?? string.Empty).Trim();
        Required(date, 30, nameof(input.DateText), "请填写封面日期，如：2026年12月（系统不会自动填写当天日期）。", errors);
        if (date.Length > 0 && !YearPattern().IsMatch(date))
        {
            errors.Add(new(nameof(input.DateText), "封面日期应写明年份，如：2026年12月。"));
        }

        var foreword = input.Foreword?.Trim();
        if (foreword is { Length: > 4000 })
        {
            errors.Add(new(nameof(input.Foreword), "卷首语不能超过4000字。"));
        }

        var size = string.IsNullOrWhiteSpace(input.PageSize) ? JournalPageSize.A5 : EnumText.Parse<JournalPageSize>(input.PageSize);
        if (size is null)
        {
            errors.Add(new(nameof(input.PageSize), "请选择开本：A5 或 16开。"));
        }

        var entries = new List<JournalEntry>();
        var submissionIds = input.Entries.Where(e => e.Kind == "submission").Select(e => e.Id).ToList();
        var articleIds = input.Entries.Where(e => e.Kind == "article").Select(e => e.Id).ToList();
        var submissions = await db.Submissions.AsNoTracking().Where(s => submissionIds.Contains(s.Id) && s.Award != null).Select(s => s.Id).ToListAsync(ct);
        var articles = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id) && a.Status == ArticleStatus.Adopted).Select(a => a.Id).ToListAsync(ct);
        foreach (var e in input.Entries)
        {
            var known = e.Kind == "submission" ? submissions.Contains(e.Id) : e.Kind == "article" && articles.Contains(e.Id);
            var section = e.Section?.Trim() ?? string.Empty;
            if (!known)
            {
                errors.Add(new(nameof(input.Entries), "所选作品中有不能编入内刊的（只能选获奖作品和已采用的宣传稿件）。"));
                break;
            }

            if (section.Length is 0 or > 60)
            {
                errors.Add(new(nameof(input.Entries), "每篇入选作品都要写栏目名称（不超过60字）。"));
                break;
            }

            if (!int.TryParse(e.Order?.Trim(), out var order) || order is < 0 or > 9999)
            {
                errors.Add(new(nameof(input.Entries), "排序请填写0–9999的整数。"));
                break;
            }

            entries.Add(new JournalEntry { Section = section, Position = order, SubmissionId = e.Kind == "submission" ? e.Id : null, ArticleId = e.Kind == "article" ? e.Id : null });
        }

        if (errors.Count == 0 && entries.Count == 0)
        {
            errors.Add(new(nameof(input.Entries), "请至少选择一篇作品。"));
        }

        var unitId = id is null ? me.ScopeUnitId ?? 0 : journal.UnitId;
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            errors.Add(new(string.Empty, "请先在右上角选择一个单位。"));
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<Journal>.Invalid(errors);
        }

        journal.Title = title;
        journal.Issue = issue;
        journal.EditingUnit = editing;
        journal.DateText = date;
        journal.Foreword = string.IsNullOrEmpty(foreword) ? null : foreword;
        journal.PageSize = size!.Value;
        journal.UnitId = unit!.Id;
        journal.UnitPath = unit.Path;
        db.JournalEntries.RemoveRange(journal.Entries);
        journal.Entries = [.. entries.Select((e, i) => { e.UnitId = unit.Id; e.UnitPath = unit.Path; return e; })];
        if (id is null)
        {
            journal.CreatedUtc = clock.GetUtcNow().UtcDateTime;
            db.Journals.Add(journal);
        }

        return await db.SaveOrConflictAsync(journal, journal.Id, ct);
    }

    /// <summary>Writes the issue into the archive as a new <see cref="JournalFile"/>; earlier files stay, so a correction after printing never replaces what was handed out.</summary>
    public const string NamedPupilsMessage = "本期内刊印有学生的姓名和班级，只有报送作品的学校和主办征文的单位可以编印和下载。";

    public async Task<CommandResult<Journal>> CompileAsync(long id, CancellationToken ct = default)
    {
        var journal = await db.Journals.Include(j => j.Entries).SingleOrDefaultAsync(j => j.Id == id, ct);
        if (journal is null)
        {
            return CommandResult<Journal>.NotFound();
        }

        if (!await authors.MayPrintJournalAsync(id, ct))
        {
            return CommandResult<Journal>.Invalid(string.Empty, NamedPupilsMessage);
        }

        var document = await DocumentAsync(journal, ct);
        var (key, temp) = archive.NewFile();
        long size;
        string sha;
        try
        {
            await using (var file = File.Create(temp))
            {
                JournalWriter.Write(document, file);
                size = file.Length;
            }

            await using var read = File.OpenRead(temp);
            sha = Convert.ToHexString(await SHA256.HashDataAsync(read, ct));
        }
        catch
        {
            File.Delete(temp);
            throw;
        }

        archive.Keep(key, temp);

        // An issue compiled before files were kept has its file but no record of it: it is recorded now, so it stays listed.
        if (journal.FileKey is { } earlier && journal.CompiledUtc is { } earlierUtc && !await db.JournalFiles.AnyAsync(f => f.JournalId == journal.Id && f.FileKey == earlier, ct))
        {
            db.JournalFiles.Add(JournalFile.Of(journal, earlier, journal.FileSha256, archive.SizeOf(earlier), earlierUtc, "（较早编印）"));
        }

        (journal.FileKey, journal.FileSha256, journal.CompiledUtc) = (key, sha, clock.GetUtcNow().UtcDateTime);
        db.JournalFiles.Add(JournalFile.Of(journal, key, sha, size, journal.CompiledUtc.Value, me.DisplayName is { Length: > 0 } n ? n : "系统"));
        try
        {
            var result = await db.SaveOrConflictAsync(journal, journal.Id, ct);
            if (!result.Succeeded)
            {
                archive.Delete(key);
            }

            return result;
        }
        catch
        {
            archive.Delete(key);
            throw;
        }
    }

    private static void Required(string value, int max, string field, string message, List<FieldError> errors)
    {
        if (value.Length == 0)
        {
            errors.Add(new(field, message));
        }
        else if (value.Length > max)
        {
            errors.Add(new(field, $"不能超过{max}个字。"));
        }
    }

    [GeneratedRegex(@"(19|20)\d{2}\s*年|(19|20)\d{2}[-./]")]
    private static partial Regex YearPattern();
}
