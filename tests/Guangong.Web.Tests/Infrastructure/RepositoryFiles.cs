namespace Guangong.Web.Tests.Infrastructure;

/// <summary>The repository's own source files, for tests that check rules the code must keep.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Web { get; } = Path.Combine(Root, "src", "Guangong.Web");

    /// <summary>The web project's files matching <paramref name="pattern"/>, build output left out.</summary>
    public static IEnumerable<string> WebSources(string pattern) =>
        Directory.EnumerateFiles(Web, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Guangong.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Guangong.slnx not found above the test assembly.");
    }
}
