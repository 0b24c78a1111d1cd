using System.Globalization;
using Guangong.Documents.Official;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Documents;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>The certificate form: the year it covers, its date, and for a reissue which one it replaces and why.</summary>
public sealed class CertificateInput
{
    public string? Date { get; set; }

    public string? ReplacesId { get; set; }

    public string? Reason { get; set; }

    public string? IssueKey { get; set; }
}

/// <summary>A volunteer's certificates for a year: the valid one (if any), those voided by a reissue, and the defaults.</summary>
public sealed record CertificateView(People.Volunteer Volunteer, int Year, decimal Hours, IReadOnlyList<ServiceCertificate> Issued, ServiceCertificate? Current, CertificateInput Defaults);

/// <summary>
/// Issues a numbered 志愿服务证明 (.docx) from the hour ledger once, by an explicit post, and keeps
/// the file: a re-download is the certificate that was handed over. Reissuing is its own act that
/// voids the old number (the new certificate replaces it) and says why.
/// </summary>
public sealed class Certificates(GuangongDbContext db, ServiceHours hours, CurrentUser me, TimeProvider clock)
{
    /// <summary>The year a certificate page opens on: this year, or the volunteer's latest year of service before it.</summary>
    public Task<int> OpeningYearAsync(long volunteerId, CancellationToken ct = default) =>
        db.ServiceHourEntries.AsNoTracking().Where(e => e.VolunteerId == volunteerId)
            .LatestYearAsync(e => e.Date, Infrastructure.Time.ChinaTime.Today(clock).Year, ct);

    public async Task<CertificateView?> ViewAsync(long volunteerId, int year, CancellationToken ct = default)
    {
        var volunteer = await db.FindInScopeAsync<People.Volunteer>(volunteerId, ct);
        if (volunteer is null)
        {
            return null;
        }
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var lines = await hours.ForVolunteerAsync(volunteerId, from, to, ct);
        var issued = await db.ServiceCertificates.AsNoTracking().Where(c => c.VolunteerId == volunteerId && c.PeriodStart == from && c.PeriodEnd == to)
            .OrderByDescending(c => c.Id).ToListAsync(ct);
        var current = issued.FirstOrDefault(c => issued.All(other => other.ReplacesId != c.Id));
        var today = ChinaTime.Today(clock);
        var defaults = new CertificateInput
        {
            Date = DateText.Iso(to > today ? today : to),
            ReplacesId = current?.Id.ToString(CultureInfo.InvariantCulture),
            IssueKey = Guid.NewGuid().ToString("N"),
        };
        return new CertificateView(volunteer, year, lines.Sum(l => l.Hours), issued, current, defaults);
    }

    /// <summary>
    /// The period the certificate attests: the year, or up to its date while the year is running (a certificate dated
    /// 8 December attests no service to the 31st); a date before the last service is refused.
    /// </summary>
    private static DateOnly ShownEnd(DateOnly yearEnd, DateOnly issuedOn) => issuedOn >= yearEnd ? yearEnd : issuedOn;

    public async Task<CommandResult<ServiceCertificate>> IssueAsync(long volunteerId, int year, CertificateInput input, CancellationToken ct = default)
    {
        if (input.IssueKey is { Length: > 0 and <= 40 } key && await db.ServiceCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.IssueKey == key, ct) is { } already)
        {
            return CommandResult<ServiceCertificate>.Ok(already);
        }
        var view = await ViewAsync(volunteerId, year, ct);
        if (view is null)
        {
            return CommandResult<ServiceCertificate>.NotFound();
        }
        var errors = new List<FieldError>();
        var dateRefused = IssuingRules.CheckDate(nameof(CertificateInput.Date), input.Date, ChinaTime.Today(clock), year, out var date);
        if (dateRefused is { } dateError)
        {
            errors.Add(dateError);
        }
        var replaces = QueryValueLong(input.ReplacesId);
        if (view.Current is { } current && replaces != current.Id)
        {
            errors.Add(new FieldError(string.Empty, $"{year}年的服务证明已经出具（编号{current.Number}），可以再次下载；如需重新出具，请填写原因，原编号将作废。"));
        }
        else if (view.Current is null && replaces is not null)
        {
            errors.Add(new FieldError(string.Empty, "要作废的证明不存在或已作废，请刷新页面。"));
        }
        else if (replaces is not null && string.IsNullOrWhiteSpace(input.Reason))
        {
            errors.Add(new FieldError(nameof(CertificateInput.Reason), "重新出具要写明原因（如：原证明遗失、时长更正）。"));
        }
        if ((input.Reason?.Trim().Length ?? 0) > 200)
        {
            errors.Add(new FieldError(nameof(CertificateInput.Reason), "原因不能超过200个字。"));
        }
        if (string.IsNullOrWhiteSpace(input.IssueKey) || input.IssueKey.Length > 40)
        {
            errors.Add(new FieldError(string.Empty, "表单已过期，请刷新页面后重新提交。"));
        }
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var lines = await hours.ForVolunteerAsync(volunteerId, from, to, ct);
        if (lines.Count == 0)
        {
            errors.Add(new FieldError(string.Empty, $"{view.Volunteer.Name}在{year}年没有登记服务时长，不能出具证明。"));
        }
        else if (dateRefused is null && lines.Max(l => l.Date) is var last && last > date)
        {
            // The certificate attests service up to its date; hours after it would be counted in a total it does not cover.
            errors.Add(new FieldError(nameof(CertificateInput.Date), $"{view.Volunteer.Name}在{ChinaTime.Date(last)}还有服务记录，证明日期不能早于这一天。"));
        }
        if (errors.Count > 0)
        {
            return CommandResult<ServiceCertificate>.Invalid(errors);
        }

        // Issued in the name of the unit the officer acts for (their town), not the volunteer's village.
        var issuingUnit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == (me.ScopeUnitId ?? view.Volunteer.UnitId), ct);
        var signer = await db.IssuingProfiles.AsNoTracking().Where(p => p.UnitId == issuingUnit.Id).Select(p => p.SignatureName).SingleOrDefaultAsync(ct) ?? issuingUnit.Name;
        // Verified is what the volunteer checked in and out; the rest is entered on their behalf or registered from a record
        // (an inspection's typed hours), neither of which the certificate may call verified.
        var split = await db.ServiceHourEntries.AsNoTracking().Where(e => e.VolunteerId == volunteerId && e.Date >= from && e.Date <= to)
            .GroupBy(e => new { e.OnBehalf, e.Verified }).Select(g => new { g.Key.OnBehalf, g.Key.Verified, Tenths = g.Sum(e => e.Tenths) }).ToListAsync(ct);
        var onBehalf = split.Where(s => s.OnBehalf).Sum(s => s.Tenths);
        var verified = split.Where(s => s.Verified && !s.OnBehalf).Sum(s => s.Tenths);
        var total = lines.Sum(l => l.Hours);
        // The register's number: year, issuing unit and a running count, e.g. 2023-0024-0007. The unique
        // index turns a race between two officers into a retry rather than a duplicate.
        var prefix = $"{year}-{issuingUnit.Id:D4}-";
        for (var attempt = 0; ; attempt++)
        {
            int issued;
            using (db.Scope.ReadOutside(OutsideReasons.UniqueAcrossUnits))
            {
                issued = await db.ServiceCertificates.CountAsync(c => c.Number.StartsWith(prefix), ct);
            }

            var number = $"{prefix}{issued + 1 + attempt:D4}";
            var certificate = new ServiceCertificate
            {
                Number = number,
                VolunteerId = volunteerId,
                UnitId = issuingUnit.Id,
                PeriodStart = from,
                PeriodEnd = to,
                Tenths = (int)(total * 10),
                VerifiedTenths = verified,
                OnBehalfTenths = onBehalf,
                IssuedBy = me.DisplayName.Length > 0 ? me.DisplayName : me.UserName,
                IssuedOn = date,
                ReplacesId = replaces,
                ReissueReason = replaces is null ? null : input.Reason!.Trim(),
                IssueKey = input.IssueKey,
            };
            certificate.Content = CertificateDocumentWriter.ToBytes(new CertificateDocument
            {
                Number = number,
                VolunteerName = view.Volunteer.Name,
                PeriodStart = from,
                PeriodEnd = ShownEnd(to, date),
                IssuingUnit = signer,
                TotalHours = total,
                VerifiedHours = certificate.VerifiedTenths / 10m,
                OnBehalfHours = onBehalf / 10m,
                Activities = lines.Select(l => new CertificateActivity(l.Date, l.Title, l.Hours)).ToList(),
                IssuerSignature = signer,
                Date = date,
            });
            db.ServiceCertificates.Add(certificate);
            try
            {
                await db.SaveChangesAsync(ct);
                return CommandResult<ServiceCertificate>.Ok(certificate);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
                if (await db.ServiceCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.IssueKey == input.IssueKey, ct) is { } first)
                {
                    return CommandResult<ServiceCertificate>.Ok(first);
                }
            }
        }
    }

    /// <summary>The certificate's file as issued; null when not in scope or issued before files were kept.</summary>
    public async Task<(byte[] Content, string FileName)?> FileAsync(long id, CancellationToken ct = default)
    {
        var found = await db.ServiceCertificates.AsNoTracking().Where(c => c.Id == id && c.Content != null)
            .Join(db.Volunteers, c => c.VolunteerId, v => v.Id, (c, v) => new { c.Content, c.Number, v.Name }).SingleOrDefaultAsync(ct);
        return found is null ? null : (found.Content!, $"志愿服务证明-{found.Name}-{found.Number}.docx");
    }

    private static long? QueryValueLong(string? text) => Components.Shared.QueryValue.Long(text);
}
