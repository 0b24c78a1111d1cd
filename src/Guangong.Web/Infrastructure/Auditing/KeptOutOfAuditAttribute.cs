namespace Guangong.Web.Infrastructure.Auditing;

/// <summary>
/// A field whose value the audit trail records only as changed, never as text: a minor's name and
/// circumstances must be erasable on request, and an audit entry cannot be changed afterwards.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class KeptOutOfAuditAttribute : Attribute;
