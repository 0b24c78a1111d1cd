using Guangong.Web.Features.Organization;
using Guangong.Documents.Essays;
using Guangong.Documents.Official;
using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Essays;

/// <summary>A winner on the recommendation list.</summary>
public sealed record WinnerRow(string Group, string Award, int? Rank, string Code, string Title, string Author, string School, string Grade, string? Adviser, decimal? Score);

/// <summary>
/// The organiser's documents once the awards are fixed: award certificates (.docx), and the
/// recommendation list of winners to forward to the higher contest (.docx with an official table;
/// the .xlsx goes through the audited Excel export). All dated with the date the organiser typed.
/// </summary>
public sealed class ContestExports(GuangongDbContext db, ContestDirectory contests)
{
    public async Task<(Contest Contest, IReadOnlyList<WinnerRow> Rows)?> WinnersAsync(long contestId, CancellationToken ct = default)
    {
        if (await contests.FindAsync(contestId, ct) is not { IsOrganiser: true } view || view.Contest.AwardsOn is null)
        {
            return null;
        }

        var pieces = await db.Submissions.AsNoTracking().Include(s => s.Unit).Where(s => s.ContestId == contestId && s.Award != null).ToListAsync(ct);
        var rows = pieces.OrderBy(p => p.Group).ThenBy(p => p.Award).ThenBy(p => p.Rank).ThenBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new WinnerRow(EnumText.Of(p.Group), EnumText.Of(p.Award!.Value), p.Rank, p.Code, p.Title, p.AuthorName, UnitNames.Place(p.Unit!.Name), $"{p.Grade}{p.ClassName}", p.Adviser, p.FinalScore)).ToList();
        return (view.Contest, rows);
    }

    public async Task<(byte[] Bytes, string FileName)?> CertificatesAsync(long contestId, CancellationToken ct = default)
    {
        if (await WinnersAsync(contestId, ct) is not { } w || w.Rows.Count == 0)
        {
            return null;
        }

        var c = w.Contest;
        var issuer = await db.Units.AsNoTracking().Where(u => u.Id == c.UnitId).Select(u => u.Name).SingleAsync(ct);
        var certificates = w.Rows.Select((r, i) => new AwardCertificate
        {
            Number = $"{c.AwardsOn!.Value.Year}-{c.Id}-{i + 1:D3}",
            Recipient = r.Group == EnumText.Of(EssayGroup.Adult) ? $"{r.School} {r.Author}同志" : $"{r.School}{r.Grade} {r.Author}同学",
            ContestTitle = Quoted(c.Title),
            GroupName = r.Group,
            PieceTitle = r.Title,
            Award = r.Award,
            Adviser = r.Adviser,
            IssuerSignature = issuer,
            Date = c.AwardsOn!.Value,
        }).ToList();
        return (AwardCertificateWriter.ToBytes(certificates), $"{c.Title}获奖证书.docx");
    }

    public async Task<(byte[] Bytes, string FileName)?> RecommendationAsync(long contestId, CancellationToken ct = default)
    {
        if (await WinnersAsync(contestId, ct) is not { } w)
        {
            return null;
        }

        var c = w.Contest;
        var issuer = await db.Units.AsNoTracking().Where(u => u.Id == c.UnitId).Select(u => u.Name).SingleAsync(ct);
        var document = new OfficialDocument
        {
            Title = $"{Quoted(c.Title)}获奖作品推荐名单",
            Body =
            [
                new OfficialParagraph($"根据{c.Organiser}关于{Quoted(c.Title)}的通知要求，经组织评审，现将获奖作品名单报送如下（共{w.Rows.Count}篇）。"),
                new OfficialTable(["组别", "奖项", "作品题目", "作者", "单位", "年级班级", "指导老师"],
                    [.. w.Rows.Select(r => (IReadOnlyList<string>)[r.Group, r.Award, r.Title, r.Author, r.School, r.Grade, r.Adviser ?? ""])], [3, 2, 5, 2, 4, 3, 2]),
            ],
            IssuerSignature = issuer,
            Date = c.AwardsOn!.Value,
        };
        return (OfficialDocumentWriter.ToBytes(document), $"{c.Title}推荐名单.docx");
    }

    private static string Quoted(string title) => title.Contains('“', StringComparison.Ordinal) || title.EndsWith("活动", StringComparison.Ordinal) ? title : $"“{title}”征文活动";
}
