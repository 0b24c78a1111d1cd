using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace Guangong.Web.Infrastructure.Data;

/// <summary>
/// Tells SQLite's planner how often a condition holds (<c>likelihood(X, p)</c>, which runs as X itself). The bundled
/// SQLite keeps no statistics of values: a unit chosen inside the data scope is a second path range beside the scope's
/// own, every range looks alike to the planner, and the first written (the scope's, as query filters come first) was the
/// one read, so a district listing one village walked the whole district (82 ms for 2 activities at the county). PostgreSQL
/// weighs ranges by its statistics: there the condition is sent as it is.
/// </summary>
public static class PlannerHints
{
    /// <summary>The condition, told to hold for about <paramref name="probability"/> of the rows (a constant).</summary>
    public static bool Likely(bool condition, double probability) =>
        throw new InvalidOperationException("PlannerHints.Likely is translated to SQL; it is not called in memory.");

    private static readonly MethodInfo LikelyMethod = typeof(PlannerHints).GetMethod(nameof(Likely))!;

    /// <summary>Adds the translation to a context's options: <c>likelihood</c> on SQLite, the bare condition elsewhere.</summary>
    public static DbContextOptionsBuilder UsePlannerHints(this DbContextOptionsBuilder options, bool sqlite)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new Extension(sqlite));
        return options;
    }

    private sealed class Extension(bool sqlite) : IDbContextOptionsExtension
    {
        public bool Sqlite => sqlite;

        public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

        // Registered as EF Core registers its own plugins (scoped, beside the provider's).
        public void ApplyServices(IServiceCollection services) =>
            new EntityFrameworkRelationalServicesBuilder(services).TryAdd<IMethodCallTranslatorPlugin, Plugin>();

        public void Validate(IDbContextOptions options)
        {
        }
    }

    private sealed class ExtensionInfo(Extension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "PlannerHints ";

        public override int GetServiceProviderHashCode() => extension.Sqlite ? 1 : 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other is ExtensionInfo info && ((Extension)info.Extension).Sqlite == extension.Sqlite;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["PlannerHints:Sqlite"] = extension.Sqlite ? "1" : "0";
    }

    private sealed class Plugin(ISqlExpressionFactory sql, IDbContextOptions options) : IMethodCallTranslatorPlugin
    {
        public IEnumerable<IMethodCallTranslator> Translators { get; } = [new Translator(sql, options.FindExtension<Extension>()!.Sqlite)];
    }

    private sealed class Translator(ISqlExpressionFactory sql, bool sqlite) : IMethodCallTranslator
    {
        public SqlExpression? Translate(SqlExpression? instance, MethodInfo method, IReadOnlyList<SqlExpression> arguments, IDiagnosticsLogger<DbLoggerCategory.Query> logger)
        {
            if (method != LikelyMethod)
            {
                return null;
            }

            if (arguments[1] is not SqlConstantExpression)
            {
                throw new InvalidOperationException("PlannerHints.Likely needs its probability as a constant: SQLite reads it when it plans.");
            }

            return sqlite
                ? sql.Function("likelihood", arguments, nullable: false, argumentsPropagateNullability: [false, false], typeof(bool))
                : arguments[0];
        }
    }
}
