using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Infrastructure.Data;

public sealed class PostgresGuangongDbContext(DbContextOptions<PostgresGuangongDbContext> options) : GuangongDbContext(options)
{
    // The scope filter compares paths as ranges; the database's default (linguistic) collation
    // may order '/' and digits differently, "C" compares bytes like SQLite does.
    protected override void ConfigureUnitPath(PropertyBuilder path) => path.UseCollation("C");
}
