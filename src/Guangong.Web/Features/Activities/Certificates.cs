using Guangong.Documents.Official;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>Issues a numbered 志愿服务证明 (.docx) from the hour ledger, and registers it.</summary>
public sealed class Certificates(GuangongDbContext db, ServiceHours hours, CurrentUser me, TimeProvider clock)
{
    public async Task<(byte[]? Docx, string? FileName, string? Error)> IssueAsync(long volunteerId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var volunteer = await db.FindInScopeAsync<People.Volunteer>(volunteerId, ct);
        if (volunteer is null)
        {
            return (null, null, null);
        }

        var lines = await hours.ForVolunteerAsync(volunteerId, from, to, ct);
        if (lines.Count == 0)
        {
            return (null, null, $"{volunteer.Name}在这段时间没有登记服务时长，不能出具证明。");
        }

        // Issued in the name of the unit the officer acts for (their town), not the volunteer's village.
        var issuingUnit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == (me.ScopeUnitId ?? volunteer.UnitId), ct);
        var total = lines.Sum(l => l.Hours);
        var today = Infrastructure.Time.ChinaTime.Today(clock);
        // The register's number: year, issuing unit and a running count, e.g. 2023-0024-0007. The unique
        // index turns a race between two officers into a retry rather than a duplicate.
        var prefix = $"{today.Year}-{issuingUnit.Id:D4}-";
        string number;
        for (var attempt = 0; ; attempt++)
        {
            int issued;
            using (db.Scope.ReadOutside(OutsideReasons.UniqueAcrossUnits))
            {
                issued = await db.ServiceCertificates.CountAsync(c => c.Number.StartsWith(prefix), ct);
            }

            number = $"{prefix}{issued + 1 + attempt:D4}";
            db.ServiceCertificates.Add(new ServiceCertificate
            {
                Number = number,
                VolunteerId = volunteer.Id,
                UnitId = issuingUnit.Id,
                UnitPath = issuingUnit.Path,
                PeriodStart = from,
                PeriodEnd = to,
                Tenths = (int)(total * 10),
                IssuedBy = me.DisplayName.Length > 0 ? me.DisplayName : me.UserName,
            });
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }

        var docx = CertificateDocumentWriter.ToBytes(new CertificateDocument
        {
            Number = number,
            VolunteerName = volunteer.Name,
            PeriodStart = from,
            PeriodEnd = to,
            IssuingUnit = issuingUnit.Name,
            TotalHours = total,
            Activities = lines.Select(l => new CertificateActivity(l.Date, l.Title, l.Hours)).ToList(),
            IssuerSignature = issuingUnit.Name,
            Date = today,
        });
        return (docx, $"志愿服务证明-{volunteer.Name}-{number}.docx", null);
    }
}
