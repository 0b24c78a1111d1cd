using Guangong.Web.Features.People;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Activities;

/// <summary>What a line of the ledger was served at: an activity, or a safety record that owns its own hours.</summary>
public enum ServiceSource
{
    /// <summary>An activity (<see cref="ServiceHourEntry.ActivityId"/>).</summary>
    [System.ComponentModel.DataAnnotations.Display(Name = "活动")] Activity = 0,

    /// <summary>A drowning-prevention patrol (Safety/Water), by <see cref="ServiceHourEntry.SourceId"/>.</summary>
    [System.ComponentModel.DataAnnotations.Display(Name = "防溺水巡逻")] Patrol = 1,

    /// <summary>An internet-café inspection (Safety/Cafes), by <see cref="ServiceHourEntry.SourceId"/>.</summary>
    [System.ComponentModel.DataAnnotations.Display(Name = "网吧义务监督")] CafeInspection = 2,
}

/// <summary>
/// One line of a volunteer's service-hour ledger. Lines are never changed or deleted: a mistake is
/// corrected by a reversing line, so every total can be explained line by line. A line belongs to an
/// activity, or (<see cref="Source"/> other than Activity) to a patrol or an inspection whose slice
/// keeps it in step through <see cref="HourLedger.SetSourceHoursAsync"/>.
/// </summary>
public class ServiceHourEntry : IUnitOwned, IAppendOnly
{
    public long Id { get; set; }

    /// <summary>The activity served at; null for a line of another <see cref="Source"/>.</summary>
    public long? ActivityId { get; set; }

    public Activity? Activity { get; set; }

    public ServiceSource Source { get; set; }

    /// <summary>The patrol's or inspection's id when <see cref="Source"/> is not Activity (no foreign key: the record may be deleted, its lines reversed).</summary>
    public long? SourceId { get; set; }

    /// <summary>What the service was, copied when the source is not an activity (e.g. 防溺水巡逻：查汗淖尔).</summary>
    public string? SourceTitle { get; set; }

    public long VolunteerId { get; set; }

    public Volunteer? Volunteer { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    /// <summary>The activity's date, copied so that yearly totals need no join.</summary>
    public DateOnly Date { get; set; }

    /// <summary>
    /// Hours in tenths, positive when served and negative when reversing another line. Whole
    /// numbers, so both databases sum them exactly (SQLite has no decimal type).
    /// </summary>
    public int Tenths { get; set; }

    public decimal Hours
    {
        get => Tenths / 10m;
        set => Tenths = (int)decimal.Round(value * 10m);
    }

    public long? ReversesEntryId { get; set; }

    /// <summary>Checked in and out by the volunteer on their own phone.</summary>
    public bool Verified { get; set; }

    public DateTime? CheckInUtc { get; set; }

    public DateTime? CheckOutUtc { get; set; }

    /// <summary>"activity:volunteer" on a check-out line, unique: a double tap on 签退 cannot credit twice.</summary>
    public string? CheckOutKey { get; set; }

    /// <summary>代录: entered by someone other than the volunteer, who must say why.</summary>
    public bool OnBehalf { get; set; }

    public string? Reason { get; set; }

    public long EnteredByUserId { get; set; }

    public string EnteredByName { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }
}
