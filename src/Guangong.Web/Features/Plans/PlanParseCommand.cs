using Guangong.Documents.Plans;

namespace Guangong.Web.Features.Plans;

/// <summary><c>plan parse FILE</c>: prints a plan file as the import would read it, as JSON; needs no database.</summary>
public static class PlanParseCommand
{
    public static int Run(string path, TextWriter output, TextWriter error)
    {
        path = Resolve(path);
        if (!File.Exists(path))
        {
            error.WriteLine($"找不到文件：{Path.GetFullPath(path)}");
            return 1;
        }

        using var stream = File.OpenRead(path);
        var read = PlanFileReader.Read(stream, Path.GetFileName(path));
        if (!read.IsSuccess)
        {
            error.WriteLine(read.Error);
            return 1;
        }

        output.WriteLine(PlanJson.Serialize(PlanTextParser.Parse(read.Text)));
        return 0;
    }

    /// <summary>
    /// <c>dotnet run --project</c> starts the app in the project folder, so a path typed relative to the
    /// repository root (as in the README) is also looked up from there.
    /// </summary>
    internal static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path) || Directory.Exists(path))
        {
            return path;
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Guangong.slnx")))
            {
                var candidate = Path.Combine(dir.FullName, path);
                return File.Exists(candidate) || Directory.Exists(candidate) ? candidate : path;
            }
        }

        return path;
    }
}
