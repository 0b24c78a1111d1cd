using Guangong.Web.Features.Organization;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// What the activity form offers: categories, units, venues, youth groups and the volunteers who may have served
/// (<see cref="VolunteersOfTown"/>: a recorder below a town names the town's; <see cref="ScopeUnitId"/> tells a kept
/// draft's found names which scope they were found in).
/// </summary>
public sealed record ActivityOptions(
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> YouthGroups,
    UnitChoiceList Units,
    IReadOnlyList<(long Id, string Name)> Venues,
    IReadOnlyList<(long Id, string Name, string UnitName)> Volunteers,
    IReadOnlyDictionary<long, decimal> Served,
    bool OpenMore,
    IReadOnlyList<(long TaskId, string Label)> Tasks,
    bool TasksTrimmed = false,
    bool VenuesTrimmed = false,
    bool VolunteersTrimmed = false,
    bool VolunteersOfTown = false,
    long? ScopeUnitId = null)
{
    /// <summary>Whether the form offers the name search above its volunteers (the page script shows it).</summary>
    public bool OffersFinder => VolunteersTrimmed || Volunteers.Count >= ActivityFormOptions.FinderFrom;

    /// <summary>The programs the two seed plans name, offered as themes.</summary>
    public static readonly string[] Themes =
    [
        "老少心向党、奋斗新征程", "关爱明天，普法先行", "五个一", "爷爷奶奶一堂课", "弘扬优良家风", "文化塑造未来", "我是强国小主人", "防溺水安全教育",
    ];
}

/// <summary>A volunteer the activity form's search found: the row the form adds for them.</summary>
public sealed record VolunteerMatch(long Id, string Name, string UnitName);

/// <summary>What a name search in the activity form answers; <see cref="More"/> when it matched more than it lists.</summary>
public sealed record VolunteerMatches(IReadOnlyList<VolunteerMatch> Items, bool More);
