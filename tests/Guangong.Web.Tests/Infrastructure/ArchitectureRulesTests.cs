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
}
