using Guangong.Web.Features.People;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// One line of a volunteer's service-hour ledger. Lines are never changed or deleted: a mistake is
/// corrected by a reversing line, so every total can be explained line by line.
/// </summary>
public class ServiceHourEntry : IUnitOwned, IAppendOnly
{
    public long Id { get; set; }

    public long ActivityId { get; set; }

    public Activity? Activity { get; set; }

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
