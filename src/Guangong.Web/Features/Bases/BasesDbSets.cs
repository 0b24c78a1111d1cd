using Guangong.Web.Features.Bases;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

// The Bases slice's table, declared next to the slice.
public abstract partial class GuangongDbContext
{
    public DbSet<EducationBase> EducationBases => Set<EducationBase>();
}
