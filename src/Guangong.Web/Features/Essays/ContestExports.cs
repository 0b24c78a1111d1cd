using Guangong.Web.Features.Organization;
using Guangong.Documents.Essays;
using Guangong.Documents.Official;
using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Essays;

/// <summary>A contest's winners, with the name of the unit that runs it and the full name its documents are signed with.</summary>
public sealed record Winners(Contest Contest, string UnitName, string Signer, IReadOnlyList<WinnerRow> Rows)
{
    /// <summary>A contest another body called (江苏省关工委's) and this unit forwards; otherwise the unit's own.</summary>
    public bool CalledFromAbove => Contest.IsCalledFromAbove(UnitName, Signer);

    /// <summary>Sent up to the caller, the list recommends; the unit's own contest has a list of its awards.</summary>
    public string ListName => CalledFromAbove ? "推荐名单" : "获奖名单";
}

/// <summary>A winner on the recommendation list.</summary>
public sealed record WinnerRow(string Group, string Award, int? Rank, string Code, string Title, string Author, string School, string Grade, string? Adviser, decimal? Score);

/// <summary>
/// The organiser's documents once the awards are fixed: award certificates (.docx), and the
/// recommendation list of winners to forward to the higher contest (.docx with an official table;
/// the .xlsx goes through the audited Excel export). All dated with the date the organiser typed.
/// </summary>
public sealed class ContestExports(GuangongDbContext db, ContestDirectory contests, EssayAuthors authors)
{
    public async Task<Winners?> WinnersAsync(long contestId, CancellationToken ct = default)
    {
        if (await contests.FindAsync(contestId, ct) is not { IsOrganiser: true } view || view.Contest.AwardsOn is null || !authors.MayName(view.Contest))
        {
            return null;
        }

        var pieces = await db.Submissions.AsNoTracking().Include(s => s.Unit).Where(s => s.ContestId == contestId && s.Award != null).ToListAsync(ct);
        var rows = pieces.OrderBy(p => p.Group).ThenBy(p => p.Award).ThenBy(p => p.Rank).ThenBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new WinnerRow(EnumText.Of(p.Group), EnumText.Of(p.Award!.Value), p.Rank, p.Code, p.Title, p.AuthorName, UnitNames.Place(p.Unit!.Name), $"{p.Grade}{p.ClassName}", p.Adviser, p.FinalScore)).ToList();
        // Signed with the full name the unit issues documents under (郑陆镇关心下一代工作委员会), else its name.
        var signer = await contests.SignerAsync(view.Contest.UnitId, ct);
        return new Winners(view.Contest, view.UnitName, string.IsNullOrWhiteSpace(signer) ? view.UnitName : signer, rows);
    }

    public async Task<(byte[] Bytes, string FileName)?> CertificatesAsync(long contestId, CancellationToken ct = default)
    {
        if (await WinnersAsync(contestId, ct) is not { } w || w.Rows.Count == 0)
        {
            return null;
        }

        var c = w.Contest;
        var issuer = w.Signer;
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

    /// <summary>
    /// The winners as a document: for a contest called from above, the list recommended up to its organiser (主送); for
    /// the unit's own contest, its list of awards, which cites no notice of its own. One table per group, so the table
    /// needs no 组别 column and names, awards and classes keep to one line each.
    /// </summary>
    public async Task<(byte[] Bytes, string FileName)?> RecommendationAsync(long contestId, CancellationToken ct = default)
    {
        if (await WinnersAsync(contestId, ct) is not { } w)
        {
            return null;
        }

        var c = w.Contest;
        var issuer = w.Signer;
        var fromAbove = w.CalledFromAbove;
        var body = new List<OfficialBlock>
        {
            new OfficialParagraph(fromAbove
                ? $"根据{c.Organiser}关于{Quoted(c.Title)}的通知要求，我们组织开展了征文和评审。现将推荐作品名单报送如下（共{w.Rows.Count}篇）。"
                : $"{issuer}组织开展了{Quoted(c.Title)}。经评审，共评出获奖作品{w.Rows.Count}篇，名单如下。"),
        };
        foreach (var (group, index) in w.Rows.GroupBy(r => r.Group).Select((g, i) => (g, i)))
        {
            body.Add(new OfficialHeading(1, $"{"一二三四五六七八九十"[index % 10]}、{group.Key}（{group.Count()}篇）"));
            body.Add(GroupTable([.. group], adults: group.Key == EnumText.Of(EssayGroup.Adult)));
        }

        var document = new OfficialDocument
        {
            Title = $"{Quoted(c.Title)}获奖作品{(fromAbove ? "推荐名单" : "名单")}",
            MainRecipients = fromAbove ? [c.Organiser] : [],
            Body = body,
            IssuerSignature = issuer,
            Date = c.AwardsOn!.Value,
        };
        return (OfficialDocumentWriter.ToBytes(document), $"{c.Title}{w.ListName}.docx");
    }

    /// <summary>
    /// A group's winners. A pupil's school and class share a cell on two lines, leaving the title room; an adult's unit
    /// is a village as often as a school, and has no class. A group without an adviser has no adviser column.
    /// </summary>
    private static OfficialTable GroupTable(IReadOnlyList<WinnerRow> rows, bool adults)
    {
        var advisers = rows.Any(r => !string.IsNullOrWhiteSpace(r.Adviser));
        IReadOnlyList<string> Cells(WinnerRow r) =>
        [
            r.Award, r.Title, r.Author, adults || string.IsNullOrWhiteSpace(r.Grade) ? r.School : $"{r.School}\n{r.Grade}",
            .. advisers ? [r.Adviser ?? string.Empty] : Array.Empty<string>(),
        ];
        return new OfficialTable(
            ["奖项", "作品题目", "作者", adults ? "单位" : "学校、班级", .. advisers ? ["指导老师"] : Array.Empty<string>()],
            [.. rows.Select(Cells)],
            [2, 8, 2, 4, .. advisers ? [2] : Array.Empty<int>()]);
    }

    private static string Quoted(string title) => title.Contains('“', StringComparison.Ordinal) || title.EndsWith("活动", StringComparison.Ordinal) ? title : $"“{title}”征文活动";
}
