namespace Guangong.Documents.Official;

/// <summary>One line of a service certificate: a recorded activity and the hours credited for it.</summary>
public sealed record CertificateActivity(DateOnly Date, string Title, decimal Hours);
