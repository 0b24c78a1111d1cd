using Guangong.Web.Features.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

// The Workshops slice's table, declared next to the slice.
public abstract partial class GuangongDbContext
{
    public DbSet<Workshop> Workshops => Set<Workshop>();
}
