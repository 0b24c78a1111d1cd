using Guangong.Web.Features.Documents;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Data;

// The Documents slice's tables, declared next to the slice.
public abstract partial class GuangongDbContext
{
    public DbSet<IssuingProfile> IssuingProfiles => Set<IssuingProfile>();

    public DbSet<IssuedDocument> IssuedDocuments => Set<IssuedDocument>();
}
