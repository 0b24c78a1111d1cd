namespace Guangong.Documents.Tests.Plans;

/// <summary>
/// Locates the real seed plans: the copies next to the test assembly first, then ../shared/seeds
/// beside the repository root.
/// </summary>
internal static class SeedFiles
{
    public const string Zhenglu = "zhenglu-2023-opinions.txt";
    public const string Wushenzhao = "wushenzhao-2023-plan.txt";

    public static string ReadText(string fileName) => File.ReadAllText(PathOf(fileName));

    public static byte[] ReadBytes(string fileName) => File.ReadAllBytes(PathOf(fileName));

    public static string PathOf(string fileName)
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "Plans", "Samples", fileName);
        if (File.Exists(copied))
        {
            return copied;
        }
        var root = FindRepositoryRoot();
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds", fileName));
        if (File.Exists(shared))
        {
            return shared;
        }
        throw new FileNotFoundException($"Seed {fileName} not found next to the tests nor in {shared}");
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Guangong.slnx")) || Directory.Exists(Path.Combine(directory.FullName, ".git")) || File.Exists(Path.Combine(directory.FullName, ".git")))
            {
                return directory.FullName;
            }
            directory = directory.Parent;
        }
        throw new DirectoryNotFoundException("Repository root (Guangong.slnx or .git) not found above " + AppContext.BaseDirectory);
    }
}
