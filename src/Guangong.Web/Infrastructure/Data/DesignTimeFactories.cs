using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Guangong.Web.Infrastructure.Data;

/// <summary>Used by `dotnet ef migrations add … --context SqliteGuangongDbContext`.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGuangongDbContext>
{
    public SqliteGuangongDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteGuangongDbContext>().UseSqlite("Data Source=design.db").Options,
        DataScope.System(), new CurrentActor(), TimeProvider.System);
}

/// <summary>Used by `dotnet ef migrations add … --context PostgresGuangongDbContext`.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGuangongDbContext>
{
    public PostgresGuangongDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresGuangongDbContext>().UseNpgsql("Host=localhost;Database=guangong_design").Options,
        DataScope.System(), new CurrentActor(), TimeProvider.System);
}
