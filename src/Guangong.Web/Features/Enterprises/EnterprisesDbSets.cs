using Guangong.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

// The Enterprises slice's table, declared next to the slice.
public abstract partial class GuangongDbContext
{
    public DbSet<EmployeeCare> EmployeeCares => Set<EmployeeCare>();
}
