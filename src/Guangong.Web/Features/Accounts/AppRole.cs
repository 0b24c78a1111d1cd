using Microsoft.AspNetCore.Identity;

namespace Guangong.Web.Features.Accounts;

public class AppRole : IdentityRole<long>
{
    public string Description { get; set; } = string.Empty;

    public int SortOrder { get; set; }
}
