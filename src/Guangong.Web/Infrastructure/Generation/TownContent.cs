using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People;
using Guangong.Web.Features.Plans;
using Guangong.Web.Features.Statistics.Rollup;
using Guangong.Web.Infrastructure.Time;
using static Guangong.Web.Features.Statistics.Indicators.IndicatorCatalog;

namespace Guangong.Web.Infrastructure.Generation;

/// <summary>The records of one town and its member units: roster with history, activities, hour lines, plans.</summary>
internal sealed partial class TownContent(IdSource ids, ChineseNames names, Random random, GeneratorOptions options, GeneratorPreset preset, long userId, RollupTally tally)
{
    internal sealed class Batch
    {
        public List<Volunteer> Volunteers { get; } = [];

        public List<VolunteerStatusChange> StatusChanges { get; } = [];

        public List<Activity> Activities { get; } = [];

        public List<ServiceHourEntry> Hours { get; } = [];

        public List<WorkPlan> Plans { get; } = [];

        public List<WorkPlanSection> Sections { get; } = [];

        public List<PlanTask> Tasks { get; } = [];

        public List<TaskAssignment> Assignments { get; } = [];

        public List<TaskProgress> Progress { get; } = [];

        public List<Features.Stations.Station> Stations { get; } = [];

        public List<Features.Stations.StationHonour> Honours { get; } = [];

        public List<Features.Committees.Correspondent> Correspondents { get; } = [];

        public List<Features.Publicity.Outlet> Outlets { get; } = [];

        public List<Features.Publicity.ScoringRule> ScoringRules { get; } = [];

        public List<Features.Publicity.Article> Articles { get; } = [];

        public List<Features.Publicity.ArticleAuthor> Authors { get; } = [];

        public List<Features.Publicity.ArticleStep> Steps { get; } = [];

        public List<Features.Publicity.Adoption> Adoptions { get; } = [];
    }

    // Jan … Dec: quiet around the Spring Festival, busiest in the summer holidays (patrols, camps).
    private static readonly double[] Season = [0.7, 0.5, 1.0, 1.1, 1.1, 1.2, 1.5, 1.5, 1.0, 1.0, 1.0, 0.9];

    private static readonly (string Item, int Weight)[] Categories =
    [
        ("主题教育", 14), ("红色教育", 10), ("五个一", 6), ("爷爷奶奶一堂课", 10), ("法治教育", 12), ("家风家教", 8),
        ("家长学校", 6), ("关爱帮扶", 12), ("校外辅导", 10), ("移风易俗", 4), ("志愿服务", 8),
    ];

    private static readonly (string Item, int Weight)[] FiveElders = [("老干部", 25), ("老战士", 8), ("老专家", 12), ("老教师", 35), ("老模范", 12), (null!, 8)];

    private static readonly (string Item, int Weight)[] Layers = [("核心层", 10), ("骨干层", 30), ("参与层", 60)];

    private static readonly (VolunteerStatus Item, int Weight)[] Statuses =
        [(VolunteerStatus.Active, 88), (VolunteerStatus.Suspended, 4), (VolunteerStatus.Withdrawn, 5), (VolunteerStatus.Deceased, 3)];

    public Batch For(Unit town)
    {
        var batch = new Batch();
        var members = new List<Unit> { town };
        members.AddRange(Children(town));
        var first = new DateOnly(options.Until.Year, options.Until.Month, 1).AddMonths(1 - (options.Years * 12));

        // The plans first: an activity may cite a task of its year's plan assigned to its unit.
        Plans(town, members.Skip(1).ToList(), first.Year, batch);
        Stations(town, members.Skip(1), batch);
        Correspondents(town, members, batch);
        foreach (var unit in members)
        {
            var recorder = names.Person(random.Next(2) == 0);
            var count = unit == town ? Math.Max(1, preset.VolunteersPerUnit / 3) : preset.VolunteersPerUnit;
            var active = Roster(unit, count, first, batch);
            for (var month = first; month <= options.Until; month = month.AddMonths(1))
            {
                var expected = preset.ActivitiesPerUnitMonth * Season[month.Month - 1] * (0.6 + (random.NextDouble() * 0.8));
                var n = (int)expected + (random.NextDouble() < expected - (int)expected ? 1 : 0);
                for (var i = 0; i < n; i++)
                {
                    var day = month.AddDays(random.Next(DateTime.DaysInMonth(month.Year, month.Month)));
                    if (day <= options.Until)
                    {
                        AddActivity(unit, day, active, recorder, batch);
                    }
                }
            }
        }

        Publicity(town, members, first, batch);
        return batch;
    }

    private readonly Dictionary<long, List<Unit>> _children = [];

    /// <summary>
    /// Tells the content which units are the town's members (the tree builder's output, grouped once) and the names of
    /// the units above the towns (the new ones and the demo's the tree hangs under), which name the towns' outlets.
    /// </summary>
    public void Know(IEnumerable<Unit> units, IEnumerable<(long Id, string Name)> anchors)
    {
        foreach (var (id, name) in anchors.Concat(units.Where(u => u.Level < UnitLevel.Town).Select(u => (u.Id, u.Name))))
        {
            _names[id] = name;
        }

        foreach (var unit in units.Where(u => u.Level == UnitLevel.Village && u.ParentId is not null))
        {
            (_children.TryGetValue(unit.ParentId!.Value, out var list) ? list : _children[unit.ParentId.Value] = []).Add(unit);
        }
    }

    private List<Unit> Children(Unit town) => _children.GetValueOrDefault(town.Id) ?? [];

    private List<long> Roster(Unit unit, int count, DateOnly first, Batch batch)
    {
        var active = new List<long>();
        var thisYear = options.Until.Year;
        for (var i = 0; i < count; i++)
        {
            var male = random.Next(100) < 58;
            var id = ids.Volunteer++;
            // One in five joined within the generated years, the others before them.
            var joined = random.Next(5) == 0
                ? first.AddDays(random.Next(Math.Max(1, options.Until.DayNumber - first.DayNumber)))
                : first.AddDays(-random.Next(30, 3650));
            var status = names.Weighted(Statuses);
            var volunteer = new Volunteer
            {
                Id = id, UnitId = unit.Id, UnitPath = unit.Path, Name = names.Person(male), Gender = male ? Gender.Male : Gender.Female,
                Ethnicity = random.Next(40) == 0 ? "回族" : "汉族", BirthYear = thisYear - random.Next(60, 86), Phone = random.Next(10) < 8 ? names.Phone() : null,
                Category = names.Weighted(FiveElders), PoliticalStatus = random.Next(10) < 7 ? "中共党员" : "群众", Layer = names.Weighted(Layers),
                FormerUnit = random.Next(2) == 0 ? UnitNames.Place(unit.Name) : null,
                Status = status, StatusDate = joined, CreatedUtc = Utc(joined), Version = 1,
            };
            batch.Volunteers.Add(volunteer);
            AddChange(volunteer, null, VolunteerStatus.Active, joined, "录入名册", batch);
            if (status != VolunteerStatus.Active)
            {
                var from = joined > first ? joined : first;
                var when = from.AddDays(random.Next(Math.Max(1, options.Until.DayNumber - from.DayNumber)));
                AddChange(volunteer, VolunteerStatus.Active, status, when, status == VolunteerStatus.Suspended ? "身体原因暂停" : null, batch);
                volunteer.StatusDate = when;
            }
            else
            {
                active.Add(id);
            }
        }

        return active;
    }

    private void AddChange(Volunteer v, VolunteerStatus? from, VolunteerStatus to, DateOnly date, string? note, Batch batch)
    {
        batch.StatusChanges.Add(new VolunteerStatusChange
        {
            Id = ids.StatusChange++, VolunteerId = v.Id, UnitId = v.UnitId, UnitPath = v.UnitPath, FromStatus = from, ToStatus = to, Date = date, Note = note, CreatedUtc = Utc(date),
        });
        if (RollupFamilies.Joins(from, to))
        {
            tally.Add(v.UnitId, v.UnitPath, date, VolunteersJoined.Code, string.Empty, 1);
        }
        else if (RollupFamilies.Leaves(from, to))
        {
            tally.Add(v.UnitId, v.UnitPath, date, VolunteersLeft.Code, EnumText.Of(to), 1);
        }
        else if (RollupFamilies.Suspends(from, to))
        {
            tally.Add(v.UnitId, v.UnitPath, date, VolunteersSuspended.Code, string.Empty, 1);
        }
        else if (RollupFamilies.Resumes(from, to))
        {
            tally.Add(v.UnitId, v.UnitPath, date, VolunteersResumed.Code, string.Empty, 1);
        }
    }

    private static DateTime Utc(DateOnly date, int hour = 9) => ChinaTime.ToUtc(date.ToDateTime(new TimeOnly(hour, 0)));
}
