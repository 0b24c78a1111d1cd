using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore.Metadata;

// The generated models in Sqlite/ and Postgres/ are rewritten by tools/update-compiled-models.sh; this file is not.
namespace Guangong.Web.Infrastructure.Data.CompiledModels
{
    /// <summary>
    /// Puts the data-scope query filter back on a compiled model. EF cannot write query filters into generated code, so
    /// the models are generated without them (<see cref="GuangongDbContext.ModelForCodeGeneration"/>) and get the very
    /// expression that <see cref="GuangongDbContext"/> adds when it builds its model from code, on the same entity types.
    /// <c>CompiledModelTests</c> fails when the two models differ in anything, filters included.
    /// </summary>
    internal static class ScopeFilters
    {
        public static void AddTo(RuntimeModel model)
        {
            var scoped = ((IModel)model).GetEntityTypes().Where(t => t.BaseType is null && typeof(IUnitOwned).IsAssignableFrom(t.ClrType));
            foreach (var entityType in scoped.Cast<RuntimeEntityType>())
            {
                // EF has no public way to set a filter on a runtime entity type; this is what its own conversion of a
                // code-built model to a runtime model stores (RuntimeModelConvention), under the same annotation.
#pragma warning disable EF1001 // internal EF API, pinned by CompiledModelTests
                entityType.AddAnnotation(
                    Microsoft.EntityFrameworkCore.Metadata.Internal.CoreAnnotationNames.QueryFilter,
                    new Microsoft.EntityFrameworkCore.Metadata.Internal.QueryFilterCollection(
                        [new Microsoft.EntityFrameworkCore.Metadata.Internal.RuntimeQueryFilter(null, GuangongDbContext.ScopeFilter(entityType.ClrType))]));
#pragma warning restore EF1001
            }
        }
    }
}

namespace Guangong.Web.Infrastructure.Data.CompiledModels.Sqlite
{
    public partial class SqliteGuangongDbContextModel
    {
        partial void Customize() => ScopeFilters.AddTo(this);
    }
}

namespace Guangong.Web.Infrastructure.Data.CompiledModels.Postgres
{
    public partial class PostgresGuangongDbContextModel
    {
        partial void Customize() => ScopeFilters.AddTo(this);
    }
}
