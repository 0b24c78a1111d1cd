using System.Globalization;
using Guangong.Web.Components.Shared;

namespace Guangong.Web.Features.Publicity;

/// <summary>A month's points of a correspondent as the last 通报 printed them and as they stand now.</summary>
public sealed record Correction(int Month, string Name, decimal Before, decimal After);

/// <summary>
/// The first draft of the monthly 通报, written from the figures only: every sentence is whole and
/// says what the numbers say (nothing about quality or effort the data cannot show); a part with
/// nothing to report says so plainly rather than being left out. The officer edits it before issuing.
/// </summary>
public static class BulletinText
{
    public static string Title(int year, int month) => $"关于{year}年{month}月份关工信息宣传工作情况的通报";

    public static string Body(string unitName, MonthReport r, IReadOnlyList<Correction> corrections)
    {
        var lines = new List<string>();
        var levels = string.Join("、", Enum.GetValues<OutletLevel>().Reverse()
            .Select(l => (Level: l, Count: r.Units.Sum(u => u.AdoptedByLevel[(int)l - 1])))
            .Where(x => x.Count > 0).Select(x => $"{EnumText.Of(x.Level)}级{x.Count}篇次"));
        lines.Add(r.Submitted == 0 && r.Adopted == 0
            ? $"{r.Year}年{r.Month}月，{unitName}所属各关工组织没有报送宣传稿件，也没有稿件被媒体采用。现将有关情况通报如下。"
            : $"{r.Year}年{r.Month}月，{unitName}所属各关工组织共报送宣传稿件{r.Submitted}篇，"
              + (r.Adopted == 0 ? "本月没有稿件被媒体采用。" : $"被各级媒体采用{r.Adopted}篇次，其中{levels}。")
              + "现将有关情况通报如下。");

        lines.Add("一、各单位报送和采用情况");
        // A city's 900 sending units were one paragraph of 24,000 characters: past the bound the best are named and the rest counted.
        string Line(UnitMonthLine u) => $"{u.Name}报送{u.Submitted}篇，采用{u.AdoptedByLevel.Sum()}篇次，积分{ScoringRule.PointsText(u.Points)}分";
        lines.Add(r.Units.Count == 0
            ? "本月没有单位报送稿件或有稿件被采用。"
            : r.Units.Count > MostNamedUnits
                ? $"本月共有{r.Units.Count}个单位报送稿件或有稿件被采用，积分居前{MostNamedUnits}位的是：{string.Join("；", r.Units.Take(MostNamedUnits).Select(Line))}。其余{r.Units.Count - MostNamedUnits}个单位的报送和采用情况不再逐一列出。"
                : string.Join("；", r.Units.Select(Line)) + "。");

        lines.Add("二、通讯员积分和任务完成情况");
        var top = r.People.Where(p => p.Points > 0).ToList();
        if (top.Count == 0)
        {
            lines.Add("本月没有通讯员获得积分。");
        }
        else
        {
            var best = top.Where(p => p.Points == top[0].Points).ToList();
            lines.Add($"本月积分最高的是{string.Join("、", best.Select(p => $"{p.Name}（{p.UnitName}）"))}，{ScoringRule.PointsText(best[0].Points)}分。各通讯员积分排名见附件。");
        }

        var short_ = r.People.Where(p => !p.QuotaMet).ToList();
        // A city's hundreds of names were one paragraph: past the bound they are counted, and the attachment names each.
        lines.Add(r.People.Count == 0
            ? "本月没有登记在册的通讯员。"
            : short_.Count == 0
                ? "本月各通讯员均完成了月度报送任务。"
                : short_.Count > MostNamedShort
                    ? $"全部{r.People.Count}名通讯员中，未完成月度报送任务的有{short_.Count}名，各人报送和任务完成情况见附件。"
                    : $"未完成月度报送任务的通讯员有：{string.Join("、", short_.Select(p => $"{p.Name}（应报{p.Quota}篇，实报{p.Submitted}篇）"))}。");

        lines.Add("三、没有报送稿件的单位");
        lines.Add(r.Silent.Count == 0
            ? "本月各单位均有稿件报送。"
            : $"本月没有报送稿件的单位有：{string.Join("、", r.SilentNamed)}。{(r.SilentLeftOut > 0 ? $"此外，还有{r.SilentLeftOut}个下级单位本月也没有报送稿件，未逐一列出。请上述单位及未列出的下级单位" : "请以上单位")}按照通讯员网格化制度，按时报送稿件。");

        if (corrections.Count > 0)
        {
            lines.Add("四、对此前通报的更正");
            lines.AddRange(corrections.GroupBy(c => c.Month).OrderBy(g => g.Key).Select(g =>
                $"{r.Year}年{g.Key}月份通报印发后，因稿件采用情况或评分规则变化，经复核，"
                + string.Join("，", g.Select(c => $"{c.Name}的积分由{ScoringRule.PointsText(c.Before)}分更正为{ScoringRule.PointsText(c.After)}分")) + "。"));
        }

        return string.Join('\n', lines);
    }

    /// <summary>Past this many units with figures in the month, the 通报 names the best this many and counts the rest.</summary>
    public const int MostNamedUnits = 50;

    /// <summary>Past this many correspondents short of the month's task, the 通报 counts them instead of naming each in one paragraph.</summary>
    public const int MostNamedShort = 50;

    /// <summary>The ranking printed as the 通报's attachment, one line per correspondent.</summary>
    public static IReadOnlyList<string> Ranking(MonthReport r) =>
        [.. r.People.Select((p, i) => $"{i + 1}．{p.Name}（{p.UnitName}）：报送{p.Submitted}篇，采用{p.Adopted}篇，积分{ScoringRule.PointsText(p.Points)}分，月度任务{(p.QuotaMet ? "已完成" : "未完成")}。")];

    /// <summary>The ranking as a ruled table for the 通报's 附件: one row per correspondent, best first.</summary>
    public static Guangong.Documents.Official.OfficialTable RankingTable(MonthReport r) => new(
        ["名次", "通讯员", "单位", "报送", "采用", "积分", "月度任务"],
        [.. r.People.Select((p, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), p.Name, p.UnitName,
            p.Submitted.ToString(CultureInfo.InvariantCulture), p.Adopted.ToString(CultureInfo.InvariantCulture), ScoringRule.PointsText(p.Points), p.QuotaMet ? "完成" : "未完成"])],
        [7, 9, 17, 6, 6, 6, 10]);


    /// <summary>"month|id=points,…;month|…": every month of the year up to this one, as printed now.</summary>
    public static string Snapshot(IEnumerable<(int Month, IReadOnlyDictionary<long, decimal> Points)> months) =>
        string.Join(';', months.Select(m => $"{m.Month}|" + string.Join(',', m.Points.Select(p => $"{p.Key}={p.Value.ToString(CultureInfo.InvariantCulture)}"))));

    public static Dictionary<int, Dictionary<long, decimal>> ReadSnapshot(string snapshot) =>
        snapshot.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(m => m.Split('|'))
            .Where(m => m.Length == 2 && int.TryParse(m[0], out _))
            .ToDictionary(m => int.Parse(m[0], CultureInfo.InvariantCulture), m => m[1].Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('=')).Where(p => p.Length == 2)
                .ToDictionary(p => long.Parse(p[0], CultureInfo.InvariantCulture), p => decimal.Parse(p[1], CultureInfo.InvariantCulture)));
}
