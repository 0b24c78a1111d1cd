using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Documents.Profile;

public sealed class ProfileInput
{
    public string? IssuerMark { get; set; }

    public string? SignatureName { get; set; }

    /// <summary>机关代字 (乌召关发): the number pattern is built from it; a pattern kept from before stands here as it was typed.</summary>
    public string? Code { get; set; }

    public string? PrintingOffice { get; set; }

    public long Version { get; set; }

    public static ProfileInput From(IssuingProfile? p, string unitName) => new()
    {
        IssuerMark = p?.IssuerMark ?? string.Empty,
        SignatureName = p?.SignatureName ?? unitName,
        Code = p is null ? string.Empty : CodeShown(p.NumberPattern),
        PrintingOffice = p?.PrintingOffice,
        Version = p?.Version ?? 0,
    };

    /// <summary>What the form shows of a stored pattern: its 机关代字, or the whole pattern when it is not in the standard's form.</summary>
    internal static string CodeShown(string pattern) => IssuingRules.CodeOf(pattern) ?? pattern;
}

/// <summary>Creates or changes a unit's issuing profile; its numbers are the 机关代字 followed by 〔year〕 and the number.</summary>
public sealed class SaveIssuingProfile(GuangongDbContext db, DocumentRegister register)
{
    public async Task<CommandResult<IssuingProfile>> SaveAsync(long unitId, ProfileInput input, CancellationToken ct = default)
    {
        if (!await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            return CommandResult<IssuingProfile>.NotFound();
        }

        if (await register.NotIssuerAsync(unitId, ct) is { } notIssuer)
        {
            return CommandResult<IssuingProfile>.Invalid(string.Empty, notIssuer);
        }
        var errors = new List<FieldError>();
        var profile = await db.IssuingProfiles.SingleOrDefaultAsync(p => p.UnitId == unitId, ct);
        // The code shown is the stored pattern's: saved back untouched (an officer changing only 印发机关), the pattern stays
        // as it is, even one the code rules would refuse today or one with a space before its 〔.
        var unchanged = profile is not null && input.Code is not null && input.Code == ProfileInput.CodeShown(profile.NumberPattern);
        Required(errors, nameof(ProfileInput.IssuerMark), input.IssuerMark, "发文机关标志", IssuingRules.MarkMaxLength);
        Required(errors, nameof(ProfileInput.SignatureName), input.SignatureName, "署名", IssuingRules.NameMaxLength);
        // A pattern typed before the form asked for the code alone (with its {year} and {n}) is still checked as a pattern.
        var legacy = input.Code?.Contains(IssuingRules.YearPlaceholder, StringComparison.Ordinal) == true || input.Code?.Contains(IssuingRules.NumberPlaceholder, StringComparison.Ordinal) == true;
        if (!unchanged)
        {
            errors.AddRange((legacy ? IssuingRules.CheckPattern(input.Code) : IssuingRules.CheckCode(input.Code)).Select(m => new FieldError(nameof(ProfileInput.Code), m)));
        }

        if ((input.PrintingOffice?.Trim().Length ?? 0) > IssuingRules.NameMaxLength)
        {
            errors.Add(new FieldError(nameof(ProfileInput.PrintingOffice), $"印发机关不能超过{IssuingRules.NameMaxLength}个字。"));
        }
        if (errors.Count > 0)
        {
            return CommandResult<IssuingProfile>.Invalid(errors);
        }

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
        profile.NumberPattern = unchanged ? profile.NumberPattern : legacy ? input.Code!.Trim() : IssuingRules.PatternOf(input.Code!);
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
