using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Publicity;
using static Guangong.Web.Features.Statistics.Indicators.IndicatorCatalog;

namespace Guangong.Web.Infrastructure.Generation;

/// <summary>
/// The town's publicity (宣传): the outlets it keeps from its own 公众号 to 《中国火炬》, its 量化考核 rule of each year, and
/// its correspondents' articles, each about an activity its unit held, from draft to adopted, with the adoptions'
/// roll-up cells (稿件采用 by outlet level).
/// </summary>
internal sealed partial class TownContent
{
    // Chance that an outlet of each level uses a reviewed article: the town's own account most, the national journal rarely.
    private static readonly (OutletLevel Level, OutletKind Kind, int Percent)[] Reach =
    [
        (OutletLevel.Town, OutletKind.WeChat, 65), (OutletLevel.District, OutletKind.Website, 40), (OutletLevel.City, OutletKind.Newspaper, 10),
        (OutletLevel.Province, OutletKind.Website, 4), (OutletLevel.National, OutletKind.Internal, 1),
    ];

    private static readonly string[] Closings =
    [
        "活动得到了家长和学校的好评，孩子们纷纷表示收获很大。",
        "下一步，{0}将继续发挥“五老”优势，把关心下一代工作做细做实。",
        "参加活动的“五老”志愿者表示，能为孩子们做点事，心里很高兴。",
    ];

    private readonly Dictionary<long, string> _names = [];

    /// <summary>
    /// From a random of the town's own (seeded apart from the stations' and correspondents'), so the rest of a seed's
    /// data is unchanged. An article cites an activity of its correspondent's unit, so its text claims only what was recorded.
    /// </summary>
    private void Publicity(Unit town, List<Unit> members, DateOnly first, Batch batch)
    {
        var draw = new Random(TownSeed(town, 3));
        var picks = new ChineseNames(draw);
        var officer = picks.Person(draw.Next(2) == 0);
        var outlets = Outlets(town, batch);
        for (var year = first.Year; year <= options.Until.Year; year++)
        {
            batch.ScoringRules.Add(new ScoringRule { Id = ids.ScoringRule++, UnitId = town.Id, UnitPath = town.Path, Year = year, Version = 1 });
        }

        var units = members.ToDictionary(u => u.Id);
        var held = batch.Activities.Where(a => a.Status == ActivityStatus.Completed)
            .ToLookup(a => (a.UnitId, a.Date.Year, a.Date.Month));
        var writers = batch.Correspondents.ToList();
        foreach (var writer in writers)
        {
            var unit = units[writer.UnitId];
            // A town's own correspondent writes about most of its months; a village's or school's about every other.
            var chance = unit == town ? 90 : 45;
            for (var month = first; month <= options.Until; month = month.AddMonths(1))
            {
                var candidates = held[(unit.Id, month.Year, month.Month)].ToList();
                if (candidates.Count == 0 || draw.Next(100) >= chance)
                {
                    continue;
                }

                var activity = candidates[draw.Next(candidates.Count)];
                var written = activity.Date.AddDays(draw.Next(3));
                if (written <= options.Until)
                {
                    var coAuthor = draw.Next(100) < 15 && writers.Count > 1 ? writers[draw.Next(writers.Count)] : null;
                    AddArticle(unit, writer, coAuthor == writer ? null : coAuthor, activity, written, officer, outlets, draw, batch);
                }
            }
        }
    }

    private Outlet[] Outlets(Unit town, Batch batch)
    {
        // The town's path holds its district's, city's and province's ids: their names give the outlets' names.
        var above = town.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).Reverse().Skip(1)
            .Select(id => UnitNames.Place(_names.GetValueOrDefault(id) ?? string.Empty)).ToArray();
        string Above(int i, string fallback) => i < above.Length && above[i].Length > 0 ? above[i] : fallback;
        var names = new[]
        {
            UnitNames.Place(town.Name) + "微信公众号", Above(0, "区") + "融媒体中心", Above(1, "市") + "日报", Above(2, "省") + "关心下一代网", "中国火炬",
        };
        var outlets = Reach.Select((r, i) => new Outlet
        {
            Id = ids.Outlet++, UnitId = town.Id, UnitPath = town.Path, Name = names[i], Level = r.Level, Kind = r.Kind, IsActive = true, Version = 1,
        }).ToArray();
        batch.Outlets.AddRange(outlets);
        return outlets;
    }

    private void AddArticle(Unit unit, Features.Committees.Correspondent writer, Features.Committees.Correspondent? coAuthor, Activity activity, DateOnly written, string officer, Outlet[] outlets, Random draw, Batch batch)
    {
        var place = UnitNames.Place(unit.Name);
        var article = new Article
        {
            Id = ids.Article++, UnitId = unit.Id, UnitPath = unit.Path, Title = $"{place}：{activity.Title}", Kind = draw.Next(100) < 60 ? ArticleKind.Brief : draw.Next(3) == 0 ? ArticleKind.Photo : ArticleKind.Feature,
            Body = Body(place, activity, draw), WrittenOn = written, ActivityId = activity.Id, CreatedByUserId = userId, CreatedUtc = Utc(written, 9), Version = 1,
        };
        batch.Articles.Add(article);
        batch.Authors.Add(new ArticleAuthor { Id = ids.Author++, ArticleId = article.Id, CorrespondentId = writer.Id, Position = 0, UnitId = unit.Id, UnitPath = unit.Path });
        if (coAuthor is not null)
        {
            batch.Authors.Add(new ArticleAuthor { Id = ids.Author++, ArticleId = article.Id, CorrespondentId = coAuthor.Id, Position = 1, UnitId = unit.Id, UnitPath = unit.Path });
        }

        void Step(ArticleAction action, DateOnly day, int hour, string by, string? comment = null) => AddStep(article, action, day, hour, by, comment, batch);

        // Most are reviewed by the town the next day; a few wait as drafts or submissions, a few are sent back.
        Step(ArticleAction.Created, written, 9, writer.Name);
        var fate = draw.Next(100);
        var reviewed = written.AddDays(1);
        if (fate < 4)
        {
            article.Status = ArticleStatus.Draft;
            return;
        }

        Step(ArticleAction.Submitted, written, 10, writer.Name);
        article.Status = fate < 8 || reviewed > options.Until ? ArticleStatus.Submitted : fate < 12 ? ArticleStatus.Returned : ArticleStatus.Reviewed;
        if (article.Status == ArticleStatus.Returned)
        {
            Step(ArticleAction.Returned, reviewed, 11, officer, "请补充活动的具体成效和照片");
        }

        if (article.Status == ArticleStatus.Reviewed)
        {
            Step(ArticleAction.Approved, reviewed, 11, officer, "同意报送");
            foreach (var (outlet, i) in outlets.Select((o, i) => (o, i)).Where(x => draw.Next(100) < Reach[x.i].Percent))
            {
                var date = written.AddDays(i == 0 ? draw.Next(1, 3) : draw.Next(2, 15));
                if (date <= options.Until)
                {
                    Adopt(article, outlet, date, officer, batch);
                }
            }
        }
    }

    private void Adopt(Article article, Outlet outlet, DateOnly date, string officer, Batch batch)
    {
        // A web outlet's link is left out: a made-up address would send a reader nowhere.
        var web = outlet.Kind is OutletKind.Website or OutletKind.WeChat;
        batch.Adoptions.Add(new Adoption
        {
            Id = ids.Adoption++, ArticleId = article.Id, OutletId = outlet.Id, Date = date,
            PageIssue = web ? null : $"{date.Year}年{date.Month}月{date.Day}日第{(article.Id % 8) + 1}版", RecordedByUserId = userId, CreatedUtc = Utc(date, 15),
            UnitId = article.UnitId, UnitPath = article.UnitPath,
        });
        AddStep(article, ArticleAction.Adopted, date, 15, officer, outlet.Name, batch);
        article.Status = ArticleStatus.Adopted;
        article.IsPublic = true;
        tally.Add(article.UnitId, article.UnitPath, date, ArticlesAdopted.Code, EnumText.Of(outlet.Level), 1);
    }

    private void AddStep(Article article, ArticleAction action, DateOnly day, int hour, string by, string? comment, Batch batch) => batch.Steps.Add(new ArticleStep
    {
        Id = ids.Step++, ArticleId = article.Id, Action = action, Comment = comment, UserId = userId, UserName = by, AtUtc = Utc(day, hour),
        UnitId = article.UnitId, UnitPath = article.UnitPath,
    });

    /// <summary>What the activity's record says, no more: its day, place, the volunteers who served and the young people reached.</summary>
    private static string Body(string place, Activity activity, Random draw)
    {
        var served = activity.VolunteerCount > 0 ? $"{activity.VolunteerCount}名“五老”志愿者参加，" : string.Empty;
        var opening = $"{activity.Date.Month}月{activity.Date.Day}日，{place}关工委在{activity.Place}开展{activity.Title}，{served}共有{activity.YouthReached}名{activity.YouthGroups}参与。";
        return opening + "\n\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Closings[draw.Next(Closings.Length)], place + "关工委");
    }
}
