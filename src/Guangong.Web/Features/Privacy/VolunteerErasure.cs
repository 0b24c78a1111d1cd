using System.Globalization;
using Guangong.Web.Features.People;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Privacy;

/// <summary>
/// Erasure of a volunteer who has left (退出 or 已故), on request (PIPL; issue 19.7). The row stays,
/// so every count, age band and layer figure and every service hour stays as it was; what names
/// the person goes: name (→ 已注销志愿者（编号N）), phone, ethnicity, former unit and post, political
/// status, specialties and notes; the notes of their status history and visits (and the health
/// state a visit noted); their name and phone on committee seats, workshop names and the
/// 录入人 of lines they entered themselves; the stored copies of their certificates; their own
/// sign-in account (renamed, emptied and disabled). Related rows change through
/// <see cref="GuardedBulkUpdate"/> (counted audit lines, no values), then <see cref="AuditScrubber"/>
/// takes their values out of the audit trail and leaves the one entry that says who erased, when, why.
/// All of it commits together or not at all.
/// </summary>
public sealed class VolunteerErasure(GuangongDbContext db, TimeProvider clock)
{
    public const string NotLeftMessage = "只有状态为“退出”或“已故”的五老才能注销个人信息：请先在“变更状态”中登记其离队。";
    public const string ErasedMessage = "该五老的个人信息已注销。";
    private const string Why = "注销离队五老的个人信息";

    public static string AnonymousName(long id) => string.Create(CultureInfo.InvariantCulture, $"已注销志愿者（编号{id}）");

    public async Task<CommandResult<Volunteer>> EraseAsync(long id, ErasureInput input, CancellationToken ct = default)
    {
        var v = await db.Volunteers.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (v is null)
        {
            return CommandResult<Volunteer>.NotFound();
        }

        var errors = Check(v, input, out var version, out var reason);
        if (errors.Count > 0)
        {
            return CommandResult<Volunteer>.Invalid(errors);
        }

        if (v.Version != version)
        {
            return CommandResult<Volunteer>.Conflict(v);
        }

        var account = v.UserId is { } uid
            ? await db.Users.AsNoTracking().Where(u => u.Id == uid).Select(u => new { u.Id, u.UserName, u.DisplayName, u.Email, u.PhoneNumber }).SingleOrDefaultAsync(ct)
            : null;
        var names = new[] { v.Name, account?.DisplayName }.Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).Distinct().ToList();
        var anon = AnonymousName(v.Id);
        var ownRows = new List<(string, long)> { (nameof(Volunteer), v.Id) };
        ownRows.AddRange((await db.VolunteerVisits.Where(x => x.VolunteerId == id).Select(x => x.Id).ToListAsync(ct)).Select(x => (nameof(VolunteerVisit), x)));
        ownRows.AddRange((await db.VolunteerStatusChanges.Where(x => x.VolunteerId == id).Select(x => x.Id).ToListAsync(ct)).Select(x => (nameof(VolunteerStatusChange), x)));
        if (account is not null)
        {
            ownRows.Add((nameof(Accounts.AppUser), account.Id));
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var erased = await db.UpdateInScopeAsync(db.Volunteers.Where(x => x.Id == id && x.Version == version), s => s
            .SetProperty(x => x.Name, anon).SetProperty(x => x.Phone, (string?)null).SetProperty(x => x.Ethnicity, "—")
            .SetProperty(x => x.FormerUnit, (string?)null).SetProperty(x => x.FormerPost, (string?)null)
            .SetProperty(x => x.PoliticalStatus, (string?)null).SetProperty(x => x.Specialties, (string?)null)
            .SetProperty(x => x.Notes, (string?)null).SetProperty(x => x.ErasedUtc, now).SetProperty(x => x.Version, x => x.Version + 1), Why, ct: ct);
        if (erased == 0)
        {
            // Changed since the page was read: nothing is written, the transaction rolls back as it is disposed.
            return CommandResult<Volunteer>.Conflict(v);
        }

        // What names the person goes wherever it lies, also outside this officer's scope (PersonErasure).
        using var everywhere = db.Scope.ReadOutside(OutsideReasons.PersonErasure);
        await NameInActivitiesAsync(id, v.Name, anon, ct);
        await db.UpdateInScopeAsync(db.VolunteerStatusChanges.Where(x => x.VolunteerId == id && x.Note != null), s => s.SetProperty(x => x.Note, (string?)null), Why, ct: ct);
        await db.UpdateInScopeAsync(db.VolunteerVisits.Where(x => x.VolunteerId == id), s => s
            .SetProperty(x => x.Needs, (string?)null).SetProperty(x => x.FollowUp, (string?)null).SetProperty(x => x.Health, "—")
            .SetProperty(x => x.Version, x => x.Version + 1), Why, ct: ct);
        await db.UpdateInScopeAsync(db.LeadershipPositions.Where(x => x.VolunteerId == id), s => s
            .SetProperty(x => x.PersonName, anon).SetProperty(x => x.Phone, (string?)null).SetProperty(x => x.Version, x => x.Version + 1), Why, ct: ct);
        await db.UpdateInScopeAsync(db.Workshops.Where(x => x.VolunteerId == id && x.Name.Contains(v.Name)), s => s
            .SetProperty(x => x.Name, x => x.Name.Replace(v.Name, anon)).SetProperty(x => x.Version, x => x.Version + 1), Why, ct: ct);
        await db.UpdateInScopeAsync(db.ServiceHourEntries.Where(x => x.VolunteerId == id && names.Contains(x.EnteredByName)), s => s.SetProperty(x => x.EnteredByName, anon), Why, ct: ct);
        await db.UpdateInScopeAsync(db.ServiceCertificates.Where(x => x.VolunteerId == id && x.Content != null), s => s.SetProperty(x => x.Content, (byte[]?)null), Why + "（证明的存档文件）", ct: ct);
        await db.UpdateInScopeAsync(db.Patrols.Where(x => x.VolunteerId == id && names.Contains(x.EnteredByName)), s => s
            .SetProperty(x => x.EnteredByName, anon).SetProperty(x => x.Version, x => x.Version + 1), Why, ct: ct);
        await db.UpdateInScopeAsync(db.CafeInspections.Where(x => x.VolunteerId == id && names.Contains(x.EnteredByName)), s => s
            .SetProperty(x => x.EnteredByName, anon).SetProperty(x => x.Version, x => x.Version + 1), Why, ct: ct);
        if (account is not null)
        {
            var login = string.Create(CultureInfo.InvariantCulture, $"erased-{account.Id}");
            await db.UpdateInScopeAsync(db.Users.Where(u => u.Id == account.Id), s => s
                .SetProperty(u => u.UserName, login).SetProperty(u => u.NormalizedUserName, login.ToUpperInvariant())
                .SetProperty(u => u.DisplayName, anon).SetProperty(u => u.Email, (string?)null).SetProperty(u => u.NormalizedEmail, (string?)null)
                .SetProperty(u => u.PhoneNumber, (string?)null).SetProperty(u => u.IsDisabled, true)
                .SetProperty(u => u.SecurityStamp, Guid.NewGuid().ToString("N")).SetProperty(u => u.Version, u => u.Version + 1), Why + "（本人账号停用）", ct: ct);
        }

        await AuditScrubber.ScrubAsync(db, nameof(Volunteer), id,
            [v.Name, v.Phone, account?.UserName, account?.DisplayName, account?.Email, account?.PhoneNumber], ownRows, reason, ct);
        await tx.CommitAsync(ct);
        return CommandResult<Volunteer>.Ok(await db.Volunteers.AsNoTracking().SingleAsync(x => x.Id == id, ct));
    }

    /// <summary>
    /// Free text a recorder wrote about the activities the person served in (title, theme, place,
    /// partners, summary): their exact full name becomes the anonymised label (cut to the column's
    /// length, which a longer label could pass). Only those activities:
    /// the same name in a record not linked to them may be somebody else.
    /// </summary>
    private async Task NameInActivitiesAsync(long id, string name, string anon, CancellationToken ct)
    {
        if (name.Length < 2)
        {
            return;
        }

        var served = db.ServiceHourEntries.Where(e => e.VolunteerId == id).Select(e => e.ActivityId);
        await db.UpdateInScopeAsync(db.Activities.Where(a => served.Contains(a.Id) && (a.Title.Contains(name) || (a.Theme != null && a.Theme.Contains(name))
                || (a.Place != null && a.Place.Contains(name)) || (a.Partners != null && a.Partners.Contains(name)) || (a.Summary != null && a.Summary.Contains(name)))), s => s
            .SetProperty(a => a.Title, a => (a.Title.Replace(name, anon).Length > 100 ? a.Title.Replace(name, anon).Substring(0, 100) : a.Title.Replace(name, anon)))
            .SetProperty(a => a.Theme, a => a.Theme == null ? null : (a.Theme!.Replace(name, anon).Length > 60 ? a.Theme!.Replace(name, anon).Substring(0, 60) : a.Theme!.Replace(name, anon)))
            .SetProperty(a => a.Place, a => a.Place == null ? null : (a.Place!.Replace(name, anon).Length > 100 ? a.Place!.Replace(name, anon).Substring(0, 100) : a.Place!.Replace(name, anon)))
            .SetProperty(a => a.Partners, a => a.Partners == null ? null : (a.Partners!.Replace(name, anon).Length > 300 ? a.Partners!.Replace(name, anon).Substring(0, 300) : a.Partners!.Replace(name, anon)))
            .SetProperty(a => a.Summary, a => a.Summary == null ? null : (a.Summary!.Replace(name, anon).Length > 4000 ? a.Summary!.Replace(name, anon).Substring(0, 4000) : a.Summary!.Replace(name, anon)))
            .SetProperty(a => a.Version, a => a.Version + 1), Why + "（活动记录中的姓名）", ct: ct);
    }

    private static List<FieldError> Check(Volunteer v, ErasureInput input, out long version, out string reason)
    {
        var errors = new List<FieldError>();
        reason = input.Reason?.Trim() ?? string.Empty;
        if (v.IsErased)
        {
            errors.Add(new FieldError(string.Empty, ErasedMessage));
        }
        else if (!v.HasLeft)
        {
            errors.Add(new FieldError(string.Empty, NotLeftMessage));
        }

        if (reason.Length == 0)
        {
            errors.Add(new FieldError(nameof(ErasureInput.Reason), "请填写注销的原因（如：本人申请、家属申请）。"));
        }
        else if (reason.Length > ErasureInput.ReasonMaxLength)
        {
            errors.Add(new FieldError(nameof(ErasureInput.Reason), $"原因不能超过{ErasureInput.ReasonMaxLength}个字。"));
        }

        if (!long.TryParse(input.Version, NumberStyles.None, CultureInfo.InvariantCulture, out version))
        {
            errors.Add(new FieldError(string.Empty, "页面已过期，请刷新后重试。"));
        }

        return errors;
    }
}
