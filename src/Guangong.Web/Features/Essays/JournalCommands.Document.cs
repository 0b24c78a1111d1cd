using Guangong.Documents.Journals;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Publicity;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Essays;

/// <summary>The issue as its file and page show it: its sections and pieces, each piece with its byline.</summary>
public sealed partial class JournalCommands
{
    /// <summary>The issue as the writer takes it: sections in the order of their first piece, pieces by their place.</summary>
    public async Task<JournalDocument> DocumentAsync(Journal journal, CancellationToken ct)
    {
        var submissionIds = journal.Entries.Where(e => e.SubmissionId is not null).Select(e => e.SubmissionId!.Value).ToList();
        var articleIds = journal.Entries.Where(e => e.ArticleId is not null).Select(e => e.ArticleId!.Value).ToList();
        var submissions = await db.Submissions.AsNoTracking().Include(s => s.Unit).Include(s => s.Contest).Include(s => s.Images).Where(s => submissionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var articles = await db.Articles.AsNoTracking().Include(a => a.Unit).Include(a => a.Images).Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        // A child's name in a byline is shown as the contest's own pages show it (EssayAuthors), and its view logged.
        var named = submissions.Values.Where(s => authors.MaySee(s.Contest!.UnitPath, s.Group, s.UnitPath)).Select(s => s.Id).ToHashSet();
        await authors.LogListAsync($"内刊《{journal.Title}》", [.. submissions.Values.Where(s => named.Contains(s.Id) && s.Group != EssayGroup.Adult).Select(s => s.Code)], journal.UnitPath, ct);
        var sections = journal.Entries.OrderBy(e => e.Position).ThenBy(e => e.Id).GroupBy(e => e.Section)
            .Select(g => new JournalSection(g.Key, [.. g.Select(e => Piece(e, submissions, named, articles)).OfType<JournalPiece>()]))
            .Where(s => s.Pieces.Count > 0).ToList();
        return new JournalDocument
        {
            Title = journal.Title,
            Issue = journal.Issue,
            EditingUnit = journal.EditingUnit,
            DateText = journal.DateText,
            Foreword = journal.Foreword,
            PageSize = journal.PageSize,
            Sections = sections,
        };
    }

    /// <param name="named">The pieces whose author this user may see.</param>
    private JournalPiece? Piece(JournalEntry e, Dictionary<long, Submission> submissions, HashSet<long> named, Dictionary<long, Article> articles)
    {
        if (e.SubmissionId is { } sid && submissions.TryGetValue(sid, out var s))
        {
            var byline = named.Contains(s.Id)
                ? $"{UnitNames.Place(s.Unit!.Name)} {s.Grade}{s.ClassName} {s.AuthorName}".Trim()
                : UnitNames.Place(s.Unit!.Name);
            if (!string.IsNullOrWhiteSpace(s.Adviser))
            {
                byline += $"　指导老师：{s.Adviser}";
            }

            // The pictures stay with the piece (stored as JPEG by the picture store), opened one at a time by the writer.
            var pictures = s.Images.OrderBy(i => i.Position)
                .Select(i => new JournalImage(() => images.Open(i.StorageKey) ?? throw new FileNotFoundException("submission image missing", i.StorageKey), i.Width, i.Height, "image/jpeg"))
                .ToList();
            return new JournalPiece { Title = s.Title, Byline = byline, Paragraphs = s.Text.Split('\n'), Images = pictures };
        }

        if (e.ArticleId is { } aid && articles.TryGetValue(aid, out var a))
        {
            var pictures = a.Images.OrderBy(i => i.Id)
                .Select(i => new JournalImage(() => images.Open(i.StorageKey) ?? throw new FileNotFoundException("article image missing", i.StorageKey), i.Width, i.Height, "image/jpeg"))
                .ToList();
            var paragraphs = ArticleBody.Parts(a.Body, 0).Where(p => p.Text is not null).Select(p => p.Text!).ToList();
            return new JournalPiece { Title = a.Title, Byline = a.Unit!.Name, Paragraphs = paragraphs, Images = pictures };
        }

        return null;
    }
}
