namespace Guangong.Documents.Tests.Plans;

/// <summary>
/// The real seed plans. The repository keeps one copy (src/Guangong.Web/Features/Demo/Seeds, which
/// the demo data embeds); the project file links it next to the test assembly under Seeds/.
/// </summary>
internal static class SeedFiles
{
    public const string Zhenglu = "zhenglu-2023-opinions.txt";
    public const string Wushenzhao = "wushenzhao-2023-plan.txt";

    public static string ReadText(string fileName) => File.ReadAllText(PathOf(fileName));

    public static byte[] ReadBytes(string fileName) => File.ReadAllBytes(PathOf(fileName));

    public static string PathOf(string fileName)
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "Seeds", fileName);
        if (!File.Exists(copied))
        {
            throw new FileNotFoundException($"Seed {fileName} is not linked next to the tests", copied);
        }
        return copied;
    }

    /// <summary>The shared folder beside the repository root that holds the seeds as received, if present.</summary>
    public static string? SharedPathOf(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Guangong.slnx")))
            {
                var shared = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "seeds", fileName));
                return File.Exists(shared) ? shared : null;
            }
            directory = directory.Parent;
        }
        return null;
    }
}
