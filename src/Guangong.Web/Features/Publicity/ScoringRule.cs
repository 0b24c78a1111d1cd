using System.Globalization;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Publicity;

/// <summary>
/// A town's 量化考核 rule for one year: points by outlet level × article kind, and how they count.
/// Scores are always computed from this and the adoptions, never stored, so editing the rule
/// recomputes the whole year.
/// </summary>
public class ScoringRule : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public int Year { get; set; }

    /// <summary>
    /// Rows by <see cref="ArticleKind"/> (in enum order), columns by <see cref="OutletLevel"/>
    /// (lowest first), e.g. "0.5,1.5,2.5,5,10;1,3,5,10,20;…". Read and written through
    /// <see cref="PointsFor"/> and <see cref="SetPoints"/> only.
    /// </summary>
    public string PointsTable { get; set; } = DefaultTable;

    /// <summary>An article adopted at several levels counts once, at its highest.</summary>
    public bool HighestLevelOnce { get; set; } = true;

    public CoAuthorShare Share { get; set; } = CoAuthorShare.FirstAuthorFull;

    /// <summary>Articles a month a village (嘎查/村) correspondent should have adopted.</summary>
    public int VillageQuota { get; set; } = 2;

    /// <summary>Articles a month any other correspondent (镇直部门、学校) should have adopted.</summary>
    public int OtherQuota { get; set; } = 1;

    /// <summary>Added when a leader wrote an instruction (批示) on the article.</summary>
    public decimal InstructionBonus { get; set; } = 5;

    /// <summary>Added when the article won an award.</summary>
    public decimal AwardBonus { get; set; } = 10;

    public long Version { get; set; }

    /// <summary>镇 1, 县 3, 市 5, 省 10, 国家 20 for 信息 and 简讯 half of it; longer pieces and video count double.</summary>
    public const string DefaultTable = "0.5,1.5,2.5,5,10;2,6,10,20,40;1,3,5,10,20;2,6,10,20,40";

    public decimal PointsFor(ArticleKind kind, OutletLevel level) => PointsIn(Table(), kind, level);

    /// <summary>Points as every page, export and 通报 shows them: a sum of halves keeps its parts' scale ("33.0"), so trailing zeros go.</summary>
    public static string PointsText(decimal points) => points.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The cell of a parsed <see cref="Table"/>: a scoring parses the table once and looks up each adoption here.</summary>
    public static decimal PointsIn(decimal[][] table, ArticleKind kind, OutletLevel level) => table[(int)kind - 1][(int)level - 1];

    public void SetPoints(decimal[][] table) =>
        PointsTable = string.Join(';', table.Select(row => string.Join(',', row.Select(p => p.ToString(CultureInfo.InvariantCulture)))));

    public decimal[][] Table()
    {
        var rows = PointsTable.Split(';');
        return [.. Enum.GetValues<ArticleKind>().Select((_, k) => Enum.GetValues<OutletLevel>()
            .Select((_, l) => k < rows.Length && rows[k].Split(',') is var cells && l < cells.Length
                && decimal.TryParse(cells[l], NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : 0m)
            .ToArray())];
    }
}

/// <summary>A bonus recorded against an article: a leader's instruction (批示) or an award.</summary>
public class ArticleBonus : IUnitOwned
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public bool IsAward { get; set; }

    public string Note { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;
}
