using Guangong.Web.Components.Shared;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Documents;

/// <summary>
/// The register of issued documents (发文登记) and the unit's issuing profile, read in the request's
/// data scope: a town sees its own numbers and those of the units below it.
/// </summary>
public sealed class DocumentRegister(GuangongDbContext db, Accounts.CurrentUser me)
{
    /// <summary>
    /// Why this user may not act in the unit's name on paper (its 署名, 版头 and numbers), or null when they may. A document
    /// is the unit's own act: the scope lets a district officer read and correct a town's records, not sign for it.
    /// Work done with no user (the demo's seed, the console) is the platform's own.
    /// </summary>
    public async Task<string?> NotIssuerAsync(long unitId, CancellationToken ct = default)
    {
        if (!me.IsAuthenticated || me.HomeUnitId == unitId)
        {
            return null;
        }

        var name = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync(ct) ?? "该单位";
        return $"这是{name}的公文事务：以{name}的名义发文、使用它的署名和发文字号、修改它的发文设置，都须由{name}的干事办理。";
    }

    public Task<List<RegisterRow>> ListAsync(long? unitId, int? year, CancellationToken ct = default)
    {
        var query = db.IssuedDocuments.AsNoTracking();
        if (unitId is { } u)
        {
            query = query.Where(d => d.UnitId == u);
        }
        if (year is { } y)
        {
            query = query.Where(d => d.Year == y);
        }
        return query
            .OrderByDescending(d => d.Year).ThenBy(d => d.UnitId).ThenByDescending(d => d.Sequence).ThenByDescending(d => d.Id)
            .Join(db.Units, d => d.UnitId, u => u.Id, (d, u) => new RegisterRow(d.Id, u.Name, d.Year, d.Sequence, d.Number, d.Kind, d.Title, d.DocumentDate, d.Signer, d.IssuedBy, d.CreatedUtc, d.Sha256))
            .ToListAsync(ct);
    }

    /// <summary>The file as it was issued, byte for byte; null when it is not in this scope.</summary>
    public async Task<(byte[] Content, string FileName)?> FileAsync(long id, CancellationToken ct = default) =>
        await db.IssuedDocuments.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.Content, d.FileName }).SingleOrDefaultAsync(ct) is { } f
            ? (f.Content, f.FileName)
            : null;

    public Task<IssuingProfile?> ProfileAsync(long unitId, CancellationToken ct = default) =>
        db.IssuingProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UnitId == unitId, ct);

    /// <summary>
    /// The number the unit's next document of <paramref name="year"/> gets: one past the highest ever
    /// given, so a number is never given again.
    /// </summary>
    public async Task<int> NextSequenceAsync(long unitId, int year, CancellationToken ct = default) =>
        (await db.IssuedDocuments.Where(d => d.UnitId == unitId && d.Year == year).MaxAsync(d => d.Sequence, ct) ?? 0) + 1;

    public Task<bool> SequenceTakenAsync(long unitId, int year, int sequence, CancellationToken ct = default) =>
        db.IssuedDocuments.AnyAsync(d => d.UnitId == unitId && d.Year == year && d.Sequence == sequence, ct);
}

public sealed record RegisterRow(long Id, string UnitName, int Year, int? Sequence, string Number, DocumentKind Kind, string Title, DateOnly DocumentDate, string Signer, string IssuedBy, DateTime CreatedUtc, string Sha256)
{
    public string KindText => EnumText.Of(Kind);
}
