using System.Text;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>
/// The app loads a generated model (Infrastructure/Data/CompiledModels) instead of building it at every start. Generated
/// code goes stale the moment an entity, a column or an index changes without tools/update-compiled-models.sh being run:
/// these tests build the model from the code, as the app did before, and compare it with the compiled one in everything
/// EF reads from it, the data-scope filters included.
/// </summary>
public sealed class CompiledModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void The_app_uses_the_compiled_model(DatabaseProvider provider)
    {
        using var scope = AppServices(provider).CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuangongDbContext>();
        Assert.Equal($"Guangong.Web.Infrastructure.Data.CompiledModels.{provider}", db.Model.GetType().Namespace);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void The_compiled_model_is_the_model_the_code_builds(DatabaseProvider provider)
    {
        using var scope = AppServices(provider).CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuangongDbContext>();
        var compiled = db.Model;
        var fromCode = db.GetService<IModelSource>().GetModel(db, db.GetService<ModelCreationDependencies>(), designTime: false);
        Assert.NotSame(compiled, fromCode);

        var expected = Describe(fromCode);
        var actual = Describe(compiled);
        var firstDifference = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
        Assert.True(expected == actual,
            $"The compiled {provider} model differs from the code's; run tools/update-compiled-models.sh. First difference near:\n" +
            $"code:     {Excerpt(expected, firstDifference)}\ncompiled: {Excerpt(actual, firstDifference)}");

        // The migrations differ would compare the schemas, but it needs the design-time model a compiled model does not keep.
        Assert.Equal(Schema(fromCode), Schema(compiled));
    }

    [Fact]
    public void Every_unit_owned_entity_type_carries_the_scope_filter_in_the_compiled_model()
    {
        using var scope = AppServices(DatabaseProvider.Sqlite).CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<GuangongDbContext>().Model;
        var owned = model.GetEntityTypes().Where(t => t.BaseType is null && typeof(IUnitOwned).IsAssignableFrom(t.ClrType)).ToList();
        Assert.True(owned.Count > 20, $"only {owned.Count} unit-owned entity types");
        Assert.All(owned, t => Assert.Contains("ScopeFrom", Assert.Single(t.GetDeclaredQueryFilters()).Expression!.ToString(), StringComparison.Ordinal));
    }

    /// <summary>
    /// The debug view (entity types, properties, keys, indexes, relationships, annotations), the filters and each column's
    /// mapping and conversion. Collations, defaults and the like are not kept in a runtime model; the relational models'
    /// difference compares them.
    /// </summary>
    private static string Describe(IModel model)
    {
        var text = new StringBuilder(model.ToDebugString(MetadataDebugStringOptions.LongDefault)).AppendLine();
        foreach (var entityType in model.GetEntityTypes().OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            foreach (var filter in entityType.GetDeclaredQueryFilters())
            {
                text.AppendLine($"{entityType.Name} filter {filter.Key}: {filter.Expression}");
            }

            foreach (var property in entityType.GetDeclaredProperties())
            {
                var mapping = property.GetRelationalTypeMapping();
                var converter = property.GetValueConverter() ?? mapping.Converter;
                text.AppendLine($"{entityType.Name}.{property.Name}: {mapping.StoreType}, {mapping.ClrType.Name}, converter {converter?.ModelClrType.Name}->{converter?.ProviderClrType.Name}");
            }
        }

        return text.ToString();
    }

    /// <summary>Tables, columns, keys, indexes and foreign keys as the runtime relational model has them.</summary>
    private static string Schema(IModel model)
    {
        var text = new StringBuilder();
        foreach (var table in model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            text.AppendLine($"table {table.Name} key {table.PrimaryKey?.Name}({string.Join(",", table.PrimaryKey?.Columns.Select(c => c.Name) ?? [])})");
            foreach (var column in table.Columns.OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                text.AppendLine($"  {column.Name} {column.StoreType} {(column.IsNullable ? "null" : "not null")}");
            }

            foreach (var index in table.Indexes.OrderBy(i => i.Name, StringComparer.Ordinal))
            {
                text.AppendLine($"  index {index.Name}({string.Join(",", index.Columns.Select(c => c.Name))}){(index.IsUnique ? " unique" : "")} {index.Filter}");
            }

            foreach (var key in table.ForeignKeyConstraints.OrderBy(k => k.Name, StringComparer.Ordinal))
            {
                text.AppendLine($"  fk {key.Name}({string.Join(",", key.Columns.Select(c => c.Name))}) -> {key.PrincipalTable.Name} {key.OnDeleteAction}");
            }
        }

        return text.ToString();
    }

    private static string Excerpt(string text, int at) =>
        text[Math.Max(0, at - 120)..Math.Min(text.Length, at + 120)].ReplaceLineEndings(" ⏎ ");

    private static ServiceProvider AppServices(DatabaseProvider provider)
    {
        // The app's own registration, so the options the app gives EF are the ones compared; nothing connects.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Guangong"] = provider == DatabaseProvider.Sqlite ? "Data Source=compiled-model-test.db" : "Host=127.0.0.1;Database=compiled_model_test",
        }).Build();
        var services = new ServiceCollection().AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddGuangongData(configuration, Path.GetTempPath());
        return services.BuildServiceProvider();
    }
}
