namespace Guangong.Web.Tests.Infrastructure;

/// <summary>Rules of docs/architecture.md that the sources themselves can be checked against.</summary>
public sealed class ArchitectureRulesTests
{
    [Fact]
    public void No_page_touches_the_database_context()
    {
        var offenders = RepositoryFiles.WebSources("*.razor")
            .Where(f => File.ReadAllText(f).Contains("GuangongDbContext", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryFiles.Web, f))
            .ToList();
        Assert.True(offenders.Count == 0, "Pages call their feature's queries and commands, not the DbContext:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void No_file_under_features_is_over_250_lines()
    {
        var features = Path.Combine(RepositoryFiles.Web, "Features");
        var tooLong = RepositoryFiles.WebSources("*.cs").Concat(RepositoryFiles.WebSources("*.razor"))
            .Where(f => f.StartsWith(features, StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(RepositoryFiles.Web, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > 250)
            .ToList();
        Assert.True(tooLong.Count == 0, "Split by use case:\n" + string.Join('\n', tooLong.Select(f => $"{f.File}: {f.Lines}")));
    }
}
