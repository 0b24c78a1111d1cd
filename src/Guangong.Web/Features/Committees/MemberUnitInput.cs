namespace Guangong.Web.Features.Committees;

public sealed class MemberUnitInput
{
    public string? Name { get; set; }

    public string? Category { get; set; }

    public string? ContactPerson { get; set; }

    public string? ContactPhone { get; set; }
}
