namespace Guangong.Web.Features.Audit;

/// <summary>Search of the audit trail: ?user=&amp;unit=&amp;entity=&amp;action=&amp;from=&amp;to=&amp;page=</summary>
public sealed record AuditFilter(string? User, long? Unit, string? Entity, string? Action, DateOnly? From, DateOnly? To);
