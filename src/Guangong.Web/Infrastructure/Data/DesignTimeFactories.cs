using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Guangong.Web.Infrastructure.Data;

/// <summary>Used by `dotnet ef migrations add … --context SqliteGuangongDbContext` and `dotnet ef dbcontext optimize`.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGuangongDbContext>
{
    public SqliteGuangongDbContext CreateDbContext(string[] args) => new SqliteGuangongDbContext(
        new DbContextOptionsBuilder<SqliteGuangongDbContext>().UseSqlite("Data Source=design.db").ForCodeGeneration().Options)
    { ModelForCodeGeneration = true }.Leased();
}

/// <summary>Used by `dotnet ef migrations add … --context PostgresGuangongDbContext` and `dotnet ef dbcontext optimize`.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGuangongDbContext>
{
    public PostgresGuangongDbContext CreateDbContext(string[] args) => new PostgresGuangongDbContext(
        new DbContextOptionsBuilder<PostgresGuangongDbContext>().UseNpgsql("Host=localhost;Database=guangong_design").ForCodeGeneration().Options)
    { ModelForCodeGeneration = true }.Leased();
}

internal static class CodeGenerationModels
{
    public static T Leased<T>(this T context)
        where T : GuangongDbContext
    {
        context.Lease(DataScope.System(), new CurrentActor(), TimeProvider.System);
        return context;
    }

    /// <summary>
    /// The model without query filters is cached under its own key: a process that builds both (a test comparing the
    /// compiled model with the one built from code) must never hand the filterless one to a context that reads data.
    /// </summary>
    public static DbContextOptionsBuilder<T> ForCodeGeneration<T>(this DbContextOptionsBuilder<T> options)
        where T : DbContext =>
        options.ReplaceService<IModelCacheKeyFactory, CacheKeyFactory>();

    private sealed class CacheKeyFactory : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            (context.GetType(), ((GuangongDbContext)context).ModelForCodeGeneration, designTime);
    }
}
