namespace Guangong.Documents.Official.Layout;

/// <summary>
/// Where the record block (版记) goes on a document printed on both sides: at the foot of the last
/// page when that is an even page with room for it, else at the foot of the next even page. The
/// layout is estimated (<see cref="PageEstimate"/>), so the block stays on the last page only with a
/// margin of two lines (four when tables, whose rows are estimated less surely, are in the text): an
/// estimate one page short would put it on an odd page, while one page long only costs a sheet.
/// </summary>
internal static class RecordPlacement
{
    public enum Place
    {
        /// <summary>Anchored to the last paragraph, at the foot of the page the text ends on.</summary>
        OnLastPage,

        /// <summary>The text ends on an odd page: the block alone at the foot of its back, numbered.</summary>
        NextEvenPage,

        /// <summary>The text ends on a full even page: a blank page, then the block; neither numbered.</summary>
        AfterBlankPage,
    }


    public static Place Of(PageEstimate.Result estimate, int recordHeight, bool bothSides)
    {
        if (!bothSides)
        {
            return Place.OnLastPage;
        }
        if (estimate.Pages % 2 == 1)
        {
            return Place.NextEvenPage;
        }
        var margin = (estimate.HasTables ? 4 : 2) * OfficialPage.LinePitch;
        return estimate.Left >= recordHeight + margin ? Place.OnLastPage : Place.AfterBlankPage;
    }
}
