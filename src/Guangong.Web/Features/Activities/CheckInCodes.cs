using System.Globalization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>Opens an activity for check-in with a new six-digit code, or closes it.</summary>
public sealed class CheckInCodes(GuangongDbContext db)
{
    /// <summary>Opens check-in with a fresh six-digit code, or closes it.</summary>
    public async Task<CommandResult<Activity>> SetCheckInAsync(long id, bool open, CancellationToken ct = default)
    {
        var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null)
        {
            return CommandResult<Activity>.NotFound();
        }

        if (open && activity.Status == ActivityStatus.Draft)
        {
            return CommandResult<Activity>.Invalid(string.Empty, "草稿不能开放签到，请先保存为正式记录。");
        }

        if (open)
        {
            string code;
            do
            {
                code = System.Security.Cryptography.RandomNumberGenerator.GetInt32(100000, 1000000).ToString(CultureInfo.InvariantCulture);
            }
            while (await CheckInCodeTakenAsync(code, ct));
            activity.CheckInCode = code;
        }
        else
        {
            activity.CheckInCode = null;
        }

        return await db.SaveOrConflictAsync(activity, id, ct);
    }

    /// <summary>Check-in codes are unique across all units (the code alone finds the activity): a flag, nothing else.</summary>
    private async Task<bool> CheckInCodeTakenAsync(string code, CancellationToken ct)
    {
        using var _ = db.Scope.ReadOutside(OutsideReasons.UniqueAcrossUnits);
        return await db.Activities.AnyAsync(a => a.CheckInCode == code, ct);
    }
}
