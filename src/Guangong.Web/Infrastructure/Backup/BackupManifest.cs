using System.Security.Cryptography;
using System.Text.Json;

namespace Guangong.Web.Infrastructure.Backup;

/// <summary>
/// What a backup folder holds, written last: every file with its size and SHA-256. A backup
/// without a manifest was cut off while it was written; one whose files do not match it was
/// damaged afterwards. Either way it is not restored.
/// </summary>
public sealed record BackupManifest(DateTime CreatedUtc, string Provider, string Database, IReadOnlyList<BackupManifest.Entry> Files)
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public sealed record Entry(string Path, long Bytes, string Sha256);

    public static async Task<Entry> DescribeAsync(string root, string file, CancellationToken ct)
    {
        await using var stream = File.OpenRead(file);
        var hash = await SHA256.HashDataAsync(stream, ct);
        return new Entry(Path.GetRelativePath(root, file).Replace('\\', '/'), stream.Length, Convert.ToHexStringLower(hash));
    }

    public async Task WriteAsync(string folder, CancellationToken ct)
    {
        await using var stream = File.Create(Path.Combine(folder, FileName));
        await JsonSerializer.SerializeAsync(stream, this, Json, ct);
    }

    public static async Task<BackupManifest?> ReadAsync(string folder, CancellationToken ct)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, ct);
    }

    /// <summary>The problems found: files missing, of another size or with another checksum, and files the manifest does not list.</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(string folder, CancellationToken ct)
    {
        var problems = new List<string>();
        foreach (var entry in Files)
        {
            var path = Path.Combine(folder, entry.Path);
            if (!File.Exists(path))
            {
                problems.Add($"缺少文件：{entry.Path}");
                continue;
            }

            var actual = await DescribeAsync(folder, path, ct);
            if (actual.Bytes != entry.Bytes || actual.Sha256 != entry.Sha256)
            {
                problems.Add($"文件已损坏（校验值不符）：{entry.Path}");
            }
        }

        var listed = Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative != FileName && !listed.Contains(relative))
            {
                problems.Add($"清单以外的文件：{relative}");
            }
        }

        return problems;
    }
}
