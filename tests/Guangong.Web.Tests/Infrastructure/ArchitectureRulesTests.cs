namespace Guangong.Web.Tests.Infrastructure;

/// <summary>Rules of docs/architecture.md that the sources themselves can be checked against.</summary>
public sealed class ArchitectureRulesTests
{
    private static readonly string Web = Path.Combine(RepositoryRoot(), "src", "Guangong.Web");

    [Fact]
    public void No_page_touches_the_database_context()
    {
        var offenders = Sources("*.razor")
            .Where(f => File.ReadAllText(f).Contains("GuangongDbContext", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Web, f))
            .ToList();
        Assert.True(offenders.Count == 0, "Pages call their feature's queries and commands, not the DbContext:\n" + string.Join('\n', offenders));
    }

    private static IEnumerable<string> Sources(string pattern) =>
        Directory.EnumerateFiles(Web, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Guangong.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Guangong.slnx not found above the test assembly.");
    }
}
