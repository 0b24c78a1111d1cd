using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Plans;
using static Guangong.Web.Features.Statistics.Indicators.IndicatorCatalog;

namespace Guangong.Web.Infrastructure.Generation;

/// <summary>Activities with their hour lines, and the town's plan of each year with tasks, assignments and progress.</summary>
internal sealed partial class TownContent
{
    private static readonly Dictionary<string, string[]> Titles = new()
    {
        ["主题教育"] = ["“老少心向党、奋斗新征程”主题教育", "学习二十大精神宣讲会", "少先队入队仪式寄语"],
        ["红色教育"] = ["红色故事进课堂", "清明祭扫烈士墓", "参观革命纪念馆"],
        ["五个一"] = ["“五个一”读一本好书", "“五个一”观看一部红色电影", "“五个一”唱一首红歌"],
        ["爷爷奶奶一堂课"] = ["爷爷奶奶一堂课：讲家乡变化", "爷爷奶奶一堂课：农耕文化", "爷爷奶奶一堂课：勤俭节约"],
        ["法治教育"] = ["关爱明天，普法先行：法治教育进校园", "法治教育进村", "未成年人保护法宣讲"],
        ["家风家教"] = ["好家风好家训分享会", "家风家教故事会"],
        ["防溺水"] = ["暑期防溺水巡查", "防溺水安全知识讲座", "河塘巡查劝导"],
        ["家长学校"] = ["家长学校专题讲座", "家庭教育指导"],
        ["关爱帮扶"] = ["走访慰问留守儿童", "困境儿童结对帮扶", "助学金发放"],
        ["校外辅导"] = ["校外辅导站作业辅导", "暑期托管班", "书法兴趣辅导"],
        ["移风易俗"] = ["移风易俗宣传", "文明新风进万家"],
        ["志愿服务"] = ["五老志愿服务日", "网吧义务监督", "文明交通劝导"],
    };

    private static readonly string[] Places = ["会议室", "文化礼堂", "新时代文明实践站", "校外辅导站", "活动室", "广场"];

    private static readonly string[] Groups = ["小学生", "中学生", "留守儿童", "幼儿", "困境儿童"];

    private void AddActivity(Unit unit, DateOnly day, List<long> active, string recorder, Batch batch)
    {
        var summer = day.Month is >= 6 and <= 8;
        var category = random.Next(100) < (summer ? 35 : 3) ? "防溺水" : names.Weighted(Categories);
        var school = unit.Kind == UnitKind.School;
        var activity = new Activity
        {
            Id = ids.Activity++, UnitId = unit.Id, UnitPath = unit.Path, Title = names.Pick(Titles[category]), Category = category,
            Status = random.Next(100) < 3 ? ActivityStatus.Planned : ActivityStatus.Completed, Date = day,
            StartTime = new TimeOnly(random.Next(8, 16), 0), Place = UnitNames.Place(unit.Name) + names.Pick(Places),
            YouthReached = random.Next(school ? 30 : 5, school ? 300 : 60), YouthGroups = names.Pick(Groups), CreatedByUserId = userId, CreatedUtc = Utc(day, 18), Version = 1,
            PlanTaskId = TaskCited(unit, day, category),
        };
        activity.EndTime = activity.StartTime!.Value.AddHours(2);
        batch.Activities.Add(activity);
        if (activity.Status == ActivityStatus.Completed)
        {
            tally.Add(unit.Id, unit.Path, day, ActivitiesHeld.Code, category, 1);
            tally.Add(unit.Id, unit.Path, day, Youth.Code, string.Empty, activity.YouthReached);
        }
        else
        {
            return;
        }

        var served = (int)Math.Round(preset.VolunteersPerActivity * (0.4 + (random.NextDouble() * 1.2)));
        var chosen = new HashSet<long>();
        for (var i = 0; i < served * 2 && chosen.Count < Math.Min(served, active.Count); i++)
        {
            chosen.Add(active[random.Next(active.Count)]);
        }

        foreach (var volunteer in chosen)
        {
            var tenths = random.Next(2, 9) * 5;
            var verified = random.Next(100) < 55;
            var onBehalf = !verified && random.Next(100) < 80;
            var checkIn = Utc(day, activity.StartTime.Value.Hour);
            batch.Hours.Add(new ServiceHourEntry
            {
                Id = ids.Hour++, ActivityId = activity.Id, VolunteerId = volunteer, UnitId = unit.Id, UnitPath = unit.Path, Date = day, Tenths = tenths,
                Verified = verified, CheckInUtc = verified ? checkIn : null, CheckOutUtc = verified ? checkIn.AddMinutes(tenths * 6) : null,
                CheckOutKey = verified ? $"{activity.Id}:{volunteer}" : null, OnBehalf = onBehalf, Reason = onBehalf ? "志愿者不会使用手机，由联络员代录" : null,
                EnteredByUserId = userId, EnteredByName = recorder, CreatedUtc = Utc(day, 20),
            });
            tally.Add(unit.Id, unit.Path, day, HoursRecorded.Code, string.Empty, tenths);
            tally.Add(unit.Id, unit.Path, day, HoursVerified.Code, string.Empty, verified ? tenths : 0);
            tally.Add(unit.Id, unit.Path, day, HoursOnBehalf.Code, string.Empty, onBehalf ? tenths : 0);
        }

        activity.VolunteerCount = chosen.Count;
    }

    // Each task with the activity category recorded as its evidence (null: organizational work, evidenced by progress only).
    private static readonly (string Heading, (string Text, string? Category)[] Items)[] PlanSections =
    [
        ("一、加强组织建设", [("调整充实镇村两级关工委班子", null), ("开展五老队伍摸底和登记", null), ("落实“四纳入”“四统一”要求", null)]),
        ("二、深化主题教育", [("组织“五个一”系列活动", "五个一"), ("开展爷爷奶奶一堂课", "爷爷奶奶一堂课"), ("举办征文比赛并编印内刊", "主题教育")]),
        ("三、关爱明天，普法先行", [("法治教育进校园、进村、进社区", "法治教育"), ("开展网吧义务监督", "志愿服务"), ("配合关爱工作站做好帮教", null)]),
        ("四、关爱帮扶和安全", [("暑期防溺水巡查", "防溺水"), ("走访慰问留守儿童和困境儿童", "关爱帮扶"), ("校外辅导站创建达标", "校外辅导")]),
    ];

    /// <summary>The tasks of a year's plan a unit may cite, by category: those assigned to it (the town: all of its plan's).</summary>
    private readonly Dictionary<(long UnitId, int Year, string Category), long> evidenceFor = [];

    /// <summary>Most recorders cite the plan's task when an activity carries it out; some leave the field empty.</summary>
    private long? TaskCited(Unit unit, DateOnly day, string category) =>
        evidenceFor.TryGetValue((unit.Id, day.Year, category), out var task) && random.Next(100) < 70 ? task : null;

    private void Plans(Unit town, List<Unit> members, int firstYear, Batch batch)
    {
        var officer = names.Person(random.Next(2) == 0);
        for (var year = firstYear; year <= options.Until.Year; year++)
        {
            var issued = new DateOnly(year, 2, 20);
            if (issued > options.Until)
            {
                break;
            }

            var plan = new WorkPlan
            {
                Id = ids.Plan++, UnitId = town.Id, UnitPath = town.Path, Year = year, Title = $"{town.Name}{year}年工作要点",
                Issuer = town.Name, IssuedOn = issued, CreatedUtc = Utc(issued), Version = 1,
            };
            batch.Plans.Add(plan);
            for (var s = 0; s < PlanSections.Length; s++)
            {
                var (heading, items) = PlanSections[s];
                var section = new WorkPlanSection { Id = ids.Section++, PlanId = plan.Id, UnitId = town.Id, UnitPath = town.Path, Number = heading[..1], Heading = heading[2..], Order = s + 1 };
                batch.Sections.Add(section);
                for (var t = 0; t < items.Length; t++)
                {
                    var (text, category) = items[t];
                    var due = new DateOnly(year, random.Next(4, 13), 1).AddMonths(1).AddDays(-1);
                    var task = new PlanTask
                    {
                        Id = ids.Task++, PlanId = plan.Id, SectionId = section.Id, UnitId = town.Id, UnitPath = town.Path, Number = (t + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Label = $"{heading[..1]}.{t + 1}", Text = text, DueDate = due, DueText = $"{due.Month}月底前", Order = t + 1, CreatedUtc = Utc(issued), Version = 1,
                    };
                    batch.Tasks.Add(task);
                    var owners = members.OrderBy(_ => random.Next()).Take(Math.Min(3, members.Count)).ToList();
                    foreach (var owner in owners)
                    {
                        Assign(plan, task, owner, officer, batch);
                    }

                    if (category is not null)
                    {
                        foreach (var citing in owners.Prepend(town))
                        {
                            evidenceFor.TryAdd((citing.Id, year, category), task.Id);
                        }
                    }
                }
            }
        }
    }

    private void Assign(WorkPlan plan, PlanTask task, Unit owner, string officer, Batch batch)
    {
        var assignment = new TaskAssignment
        {
            Id = ids.Assignment++, TaskId = task.Id, PlanId = plan.Id, UnitId = owner.Id, UnitPath = owner.Path, PlanTitle = plan.Title, Label = task.Label,
            TaskText = task.Text, DueDate = task.DueDate, CreatedUtc = plan.CreatedUtc, Version = 1,
        };
        batch.Assignments.Add(assignment);
        var date = plan.IssuedOn!.Value;
        var steps = random.Next(0, 4);
        for (var step = 0; step < steps; step++)
        {
            date = date.AddDays(random.Next(20, 90));
            if (date > options.Until)
            {
                break;
            }

            var percent = Math.Min(100, assignment.Percent + (random.Next(2, 6) * 10));
            batch.Progress.Add(new TaskProgress
            {
                Id = ids.Progress++, AssignmentId = assignment.Id, TaskId = task.Id, UnitId = owner.Id, UnitPath = owner.Path, Date = date,
                Text = percent >= 100 ? $"{task.Text}已完成。" : $"{task.Text}正在推进，已完成约{percent}%。", Percent = percent, AuthorName = officer, CreatedUtc = Utc(date),
            });
            (assignment.Percent, assignment.HasProgress, assignment.LastProgressOn) = (percent, true, date);
        }
    }
}
