using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Documents.Profile;

public sealed class ProfileInput
{
    public string? IssuerMark { get; set; }

    public string? SignatureName { get; set; }

    public string? NumberPattern { get; set; }

    public string? PrintingOffice { get; set; }

    public long Version { get; set; }

    public static ProfileInput From(IssuingProfile? p, string unitName) => new()
    {
        IssuerMark = p?.IssuerMark ?? string.Empty,
        SignatureName = p?.SignatureName ?? unitName,
        NumberPattern = p?.NumberPattern ?? string.Empty,
        PrintingOffice = p?.PrintingOffice,
        Version = p?.Version ?? 0,
    };
}

/// <summary>Creates or changes a unit's issuing profile; a pattern must hold both the year and the number.</summary>
public sealed class SaveIssuingProfile(GuangongDbContext db)
{
    public async Task<CommandResult<IssuingProfile>> SaveAsync(long unitId, ProfileInput input, CancellationToken ct = default)
    {
        if (!await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            return CommandResult<IssuingProfile>.NotFound();
        }
        var errors = new List<FieldError>();
        Required(errors, nameof(ProfileInput.IssuerMark), input.IssuerMark, "发文机关标志", IssuingRules.MarkMaxLength);
        Required(errors, nameof(ProfileInput.SignatureName), input.SignatureName, "署名", IssuingRules.NameMaxLength);
        errors.AddRange(IssuingRules.CheckPattern(input.NumberPattern).Select(m => new FieldError(nameof(ProfileInput.NumberPattern), m)));
        if ((input.PrintingOffice?.Trim().Length ?? 0) > IssuingRules.NameMaxLength)
        {
            errors.Add(new FieldError(nameof(ProfileInput.PrintingOffice), $"印发机关不能超过{IssuingRules.NameMaxLength}个字。"));
        }
        if (errors.Count > 0)
        {
            return CommandResult<IssuingProfile>.Invalid(errors);
        }

        var profile = await db.IssuingProfiles.SingleOrDefaultAsync(p => p.UnitId == unitId, ct);
        if (profile is null)
        {
            profile = new IssuingProfile { UnitId = unitId };
            db.IssuingProfiles.Add(profile);
        }
        else if (profile.Version != input.Version)
        {
            return CommandResult<IssuingProfile>.Conflict(profile);
        }
        profile.IssuerMark = input.IssuerMark!.Trim();
        profile.SignatureName = input.SignatureName!.Trim();
        profile.NumberPattern = input.NumberPattern!.Trim();
        profile.PrintingOffice = string.IsNullOrWhiteSpace(input.PrintingOffice) ? null : input.PrintingOffice.Trim();
        return await db.SaveOrConflictAsync(profile, profile.Id, ct);
    }

    private static void Required(List<FieldError> errors, string field, string? value, string label, int max)
    {
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            errors.Add(new FieldError(field, $"请填写{label}。"));
        }
        else if (text.Length > max)
        {
            errors.Add(new FieldError(field, $"{label}不能超过{max}个字。"));
        }
    }
}
