namespace Guangong.Web.Features.Essays;

/// <summary>A piece's result: its judges' totals reduced to one score, its rank in its group and its award.</summary>
public sealed record PieceResult(long SubmissionId, string Code, EssayGroup Group, IReadOnlyList<decimal> Totals, decimal? Average, decimal Spread, bool Disagreement, int? Rank, AwardLevel? Award);

/// <summary>
/// Turns score sheets into results, purely: the average of the judges' totals (with three judges or
/// more and the contest's option, without the highest and the lowest), the spread flagged when it
/// exceeds the contest's limit, ranks within each group (equal scores share a rank), and awards by
/// the organiser's counts or thresholds. A piece flagged as a duplicate gets no rank and no award.
/// </summary>
public static class ContestResults
{
    public static decimal? Average(IReadOnlyList<decimal> totals, bool dropExtremes)
    {
        if (totals.Count == 0)
        {
            return null;
        }

        var used = dropExtremes && totals.Count >= 3 ? totals.Order().Skip(1).SkipLast(1).ToList() : totals.ToList();
        return Math.Round(used.Average(), 2, MidpointRounding.AwayFromZero);
    }

    public static IReadOnlyList<PieceResult> Compute(Contest contest, IEnumerable<Submission> pieces, IEnumerable<SubmissionScore> sheets)
    {
        var byPiece = sheets.GroupBy(s => s.SubmissionId).ToDictionary(g => g.Key, g => (IReadOnlyList<decimal>)g.Select(s => s.Total).ToList());
        var results = new List<PieceResult>();
        foreach (var group in pieces.GroupBy(p => p.Group))
        {
            var scored = group.Select(p =>
            {
                var totals = byPiece.TryGetValue(p.Id, out var t) ? t : [];
                var spread = totals.Count > 1 ? totals.Max() - totals.Min() : 0;
                return (Piece: p, Totals: totals, Average: Average(totals, contest.DropExtremes), Spread: spread);
            }).ToList();
            var ranked = scored.Where(x => x.Average is not null && x.Piece.DuplicateOf is null).OrderByDescending(x => x.Average).ToList();
            var ranks = new Dictionary<long, int>();
            for (var i = 0; i < ranked.Count; i++)
            {
                ranks[ranked[i].Piece.Id] = i > 0 && ranked[i].Average == ranked[i - 1].Average ? ranks[ranked[i - 1].Piece.Id] : i + 1;
            }

            foreach (var x in scored)
            {
                int? rank = ranks.TryGetValue(x.Piece.Id, out var r) ? r : null;
                results.Add(new PieceResult(x.Piece.Id, x.Piece.Code, x.Piece.Group, x.Totals, x.Average, x.Spread, x.Spread > contest.DisagreementPoints, rank, AwardOf(contest, rank, x.Average)));
            }
        }

        return [.. results.OrderBy(r => r.Group).ThenBy(r => r.Rank ?? int.MaxValue).ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    private static AwardLevel? AwardOf(Contest c, int? rank, decimal? average)
    {
        if (rank is not { } r || average is not { } a)
        {
            return null;
        }

        if (c.AwardMode == AwardMode.Thresholds)
        {
            return a >= c.FirstValue && c.FirstValue > 0 ? AwardLevel.First
                : a >= c.SecondValue && c.SecondValue > 0 ? AwardLevel.Second
                : a >= c.ThirdValue && c.ThirdValue > 0 ? AwardLevel.Third
                : a >= c.MeritValue && c.MeritValue > 0 ? AwardLevel.Merit
                : null;
        }

        var first = (int)c.FirstValue;
        var second = first + (int)c.SecondValue;
        var third = second + (int)c.ThirdValue;
        var merit = third + (int)c.MeritValue;
        return r <= first ? AwardLevel.First : r <= second ? AwardLevel.Second : r <= third ? AwardLevel.Third : r <= merit ? AwardLevel.Merit : null;
    }
}
