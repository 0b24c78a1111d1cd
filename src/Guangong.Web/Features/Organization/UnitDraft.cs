namespace Guangong.Web.Features.Organization;

/// <summary>The editable fields of a unit; nothing else can be written through a form or the API.</summary>
public sealed record UnitDraft(
    string Name,
    UnitLevel Level,
    UnitKind Kind,
    string? ContactPerson = null,
    string? ContactPhone = null,
    string? Address = null,
    int SortOrder = 0);
