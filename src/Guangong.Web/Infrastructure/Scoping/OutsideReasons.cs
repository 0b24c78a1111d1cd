namespace Guangong.Web.Infrastructure.Scoping;

/// <summary>Why an operation looks outside the current user's subtree; see <see cref="DataScope.ReadOutside"/>.</summary>
/// <param name="Name">What the log shows.</param>
/// <param name="Writes">Whether the write guard lets the operation write outside the scope too.</param>
/// <param name="EveryRequest">
/// Taken on every request (a session's cookie or token checked): logged at debug level, since a line a request buried the
/// reads that do reach past a user's unit.
/// </param>
public sealed record OutsideReason(string Name, bool Writes = false, bool EveryRequest = false);

/// <summary>
/// Every reason the platform has to look outside the scope. A new one is a design decision: add it
/// here with why it is safe, and to the allow-list in the scope tests.
/// </summary>
public static class OutsideReasons
{
    /// <summary>Nobody is signed in yet (a password, a session, a token is checked): no scope exists.</summary>
    public static readonly OutsideReason SignIn = new(nameof(SignIn), Writes: true);

    /// <summary>
    /// A session's cookie or an API token checked on a request, before any scope exists: the session row and whether its
    /// account is disabled, the session touched as seen. On every request, so logged at debug level.
    /// </summary>
    public static readonly OutsideReason SessionCheck = new(nameof(SessionCheck), Writes: true, EveryRequest: true);

    /// <summary>A command typed on the server's console (<c>-- unlock USER</c>): whoever can run it runs the server.</summary>
    public static readonly OutsideReason ServerConsole = new(nameof(ServerConsole), Writes: true);

    /// <summary>A user's own account row may lie above a scope narrowed by the unit switcher.</summary>
    public static readonly OutsideReason OwnAccount = new(nameof(OwnAccount), Writes: true);

    /// <summary>
    /// The six-digit code is the permission: a volunteer checks in at an activity of a unit outside
    /// their own scope (a town event for a village volunteer). The check-in writes its ledger line there.
    /// </summary>
    public static readonly OutsideReason CheckInByCode = new(nameof(CheckInByCode), Writes: true);

    /// <summary>A volunteer's own service lines, wherever the activity was held.</summary>
    public static readonly OutsideReason OwnServiceHours = new(nameof(OwnServiceHours));

    /// <summary>Hours a volunteer already served that day elsewhere: a sum, for the 24-hour cap.</summary>
    public static readonly OutsideReason VolunteerDayTotal = new(nameof(VolunteerDayTotal));

    /// <summary>Numbers and codes unique across all units (check-in codes, certificate numbers): a count or a flag.</summary>
    public static readonly OutsideReason UniqueAcrossUnits = new(nameof(UniqueAcrossUnits));

    /// <summary>Rules set by the units above bind this one (a district's rule binds its towns).</summary>
    public static readonly OutsideReason RulesFromAbove = new(nameof(RulesFromAbove));

    /// <summary>
    /// A village or school recording an adoption picks from the outlets (媒体) the town and the units
    /// above it keep: a dictionary addressed to the units below. Only the outlet's name, level and kind
    /// are read; they cannot be changed from below (the outlet page and its writes stay in scope).
    /// </summary>
    public static readonly OutsideReason OutletsFromAbove = new(nameof(OutletsFromAbove));

    /// <summary>The level and active flag of the parent of the scope's own unit, to check an edit of that unit.</summary>
    public static readonly OutsideReason ParentOfScopeRoot = new(nameof(ParentOfScopeRoot));

    /// <summary>Whether anything anywhere still refers to a record about to be deleted: a flag.</summary>
    public static readonly OutsideReason StillReferenced = new(nameof(StillReferenced));

    /// <summary>
    /// Removing a plan removes every assignment of its tasks, wherever the unit holding one now lies (a village moved to
    /// another town keeps its former town's tasks): the database would remove those with the tasks anyway; read and
    /// removed as records, they leave their audit lines and the kept task counts follow (see <c>Plans/PlanCommands</c>).
    /// </summary>
    public static readonly OutsideReason PlanRemoval = new(nameof(PlanRemoval), Writes: true);

    /// <summary>
    /// The anonymous 网上关工委 pages: no one is signed in, so no scope exists. They read only what an
    /// officer chose to publish (articles marked public, their pictures and adoptions) and the
    /// committee's name, address and office landline; never a person's record or phone.
    /// </summary>
    public static readonly OutsideReason PublicSite = new(nameof(PublicSite));

    /// <summary>
    /// After a save, the statistics roll-up cells of the units the saved records belong to are recomputed
    /// from those units' own records of the touched months (a check-in writes into another unit's ledger),
    /// and a change of a month that a unit above closed is refused, naming that unit (the writer's own
    /// superior). Only counts and period states are read and written, never another unit's records. The hours page's
    /// year totals (VolunteerYearHours, UnitYearHours, and VolunteerSubtreeHours, summed again after a unit moves) are kept
    /// the same way from the touched volunteer's and unit's lines; the roster tally (RosterTally) from the touched units'
    /// volunteers (a transfer moves a volunteer into a unit outside the writer's scope).
    /// </summary>
    public static readonly OutsideReason RollupUpkeep = new(nameof(RollupUpkeep), Writes: true);

    /// <summary>
    /// A school or village reads the contests of the units above it that it may enter (title, rules,
    /// dates, groups): a call is addressed to the units below. Its own submissions stay in its scope.
    /// </summary>
    public static readonly OutsideReason ContestsFromAbove = new(nameof(ContestsFromAbove));

    /// <summary>
    /// A judge named for a contest's group reads that group's pieces by code, text and pictures (never the
    /// author, the school or the class; no picture of a piece of the judge's own unit) and writes their own score sheets, which belong to the
    /// contest's unit, wherever the judge's own unit lies. The command checks the assignment first.
    /// </summary>
    public static readonly OutsideReason AssignedJudge = new(nameof(AssignedJudge), Writes: true);

    /// <summary>
    /// A town's 五老 serve across its villages, schools and companies: a recorder below the town names any
    /// active volunteer of the town as having served at its activity, and sees who served at it. Only the
    /// id, name, status and unit name of volunteers of the recorder's own town are read; the record stays
    /// its own unit's, to edit and to open (see <c>People/TownVolunteers</c>).
    /// </summary>
    public static readonly OutsideReason TownVolunteers = new(nameof(TownVolunteers));

    /// <summary>
    /// A recorder's first activity starts on the category their town records most (issue 12: under ten taps):
    /// only the category of each activity of the recorder's own town is counted, nothing else of them is read
    /// (see <c>Activities/ActivityDirectory.DefaultCategoryAsync</c>).
    /// </summary>
    public static readonly OutsideReason TownCategories = new(nameof(TownCategories));

    /// <summary>
    /// A village's, school's or company's plan tasks are its town's plan, which it does not see: the statistics read
    /// which plans are of a year by their ids alone (no title, no text), for the viewer's own subtree's assignments,
    /// so its dashboard counts them in their year (see <c>Statistics/AssignmentsAsOf</c>).
    /// </summary>
    public static readonly OutsideReason PlanYears = new(nameof(PlanYears));

    /// <summary>
    /// Erasing a volunteer who has left, on request (PIPL 47): their name and phone leave the records
    /// linked to them wherever those lie (a seat on a district committee, a district activity they served
    /// in, the audit entries a district officer's edit or download left), not only what the erasing
    /// officer's unit holds. The volunteer must be in the officer's scope and have left; the writes only
    /// replace the person's exact values with the anonymised label, and nothing of another unit is read out.
    /// </summary>
    public static readonly OutsideReason PersonErasure = new(nameof(PersonErasure), Writes: true);
}
