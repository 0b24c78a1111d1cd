using System.ComponentModel.DataAnnotations;

namespace Guangong.Web.Features.Accounts.Admin;

/// <summary>The account form. Roles are posted as one checkbox per role so none can be invented.</summary>
public sealed class UserForm
{
    [Required(ErrorMessage = "请填写用户名。")]
    [StringLength(64, MinimumLength = 2, ErrorMessage = "用户名须为2到64个字符。")]
    [RegularExpression(@"^[A-Za-z0-9_.@\-]+$", ErrorMessage = "用户名只能包含字母、数字和 - _ . @。")]
    public string UserName { get; set; } = string.Empty;

    [Required(ErrorMessage = "请填写姓名。")]
    [StringLength(30, ErrorMessage = "姓名不能超过30个字。")]
    public string DisplayName { get; set; } = string.Empty;

    public string? UnitId { get; set; }

    public List<RoleChoice>? Roles { get; set; } = RoleNames.All.Select(r => new RoleChoice { Name = r.Name }).ToList();

    public long? ParsedUnitId => long.TryParse(UnitId, out var id) ? id : null;

    public IReadOnlyList<string> SelectedRoles =>
        (Roles ?? []).Where(r => r.Selected && RoleNames.All.Any(a => a.Name == r.Name)).Select(r => r.Name).Distinct().ToList();

    /// <summary>
    /// One choice per known role, in order, whatever was posted: a post may omit the list or
    /// carry names that are not roles.
    /// </summary>
    public void NormalizeRoles()
    {
        var selected = SelectedRoles;
        Roles = RoleNames.All.Select(r => new RoleChoice { Name = r.Name, Selected = selected.Contains(r.Name) }).ToList();
    }

    public sealed class RoleChoice
    {
        public string Name { get; set; } = string.Empty;

        public bool Selected { get; set; }
    }
}
