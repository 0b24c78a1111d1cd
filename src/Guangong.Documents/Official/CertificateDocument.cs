namespace Guangong.Documents.Official;

/// <summary>
/// A volunteer service certificate (志愿服务证明) for a 五老 volunteer: what the committee attests,
/// in the words and numbers the activities feature recorded, so the printed total is the recorded one.
/// </summary>
public sealed record CertificateDocument
{
    /// <summary>The certificate's number, for the office's register and for checking a copy against it.</summary>
    public required string Number { get; init; }

    public required string VolunteerName { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required DateOnly PeriodEnd { get; init; }

    /// <summary>The unit the service was given in, named in the attesting sentence.</summary>
    public required string IssuingUnit { get; init; }

    /// <summary>Hours attested. When activities are listed they must add up to it: a certificate must not contradict itself.</summary>
    public required decimal TotalHours { get; init; }

    public IReadOnlyList<CertificateActivity> Activities { get; init; } = [];

    /// <summary>Of the total, hours the volunteer checked in and out for themselves; null when not told apart.</summary>
    public decimal? VerifiedHours { get; init; }

    /// <summary>Of the total, hours an officer recorded on the volunteer's behalf (代录). The two parts may leave a rest: hours registered from a record.</summary>
    public decimal? OnBehalfHours { get; init; }

    /// <summary>
    /// The volunteer's registration number (志愿者编号) or ID card number, printed when the roster has
    /// one. An ID card number (18 characters, or the old 15 digits) is printed masked, first 6 and last
    /// 4 kept (the privacy baseline: a certificate travels; the full number is not needed to identify).
    /// </summary>
    public string? VolunteerNumber { get; init; }

    /// <summary>The signing unit under the text; usually the committee that keeps the records.</summary>
    public required string IssuerSignature { get; init; }

    public required DateOnly Date { get; init; }
}
