using System.IO.Compression;

namespace Guangong.Documents.Essays;

/// <summary>One file of a .zip of essays: read, or refused with the reason.</summary>
public sealed record EssayZipEntry(string Name, EssayReadResult? Essay, string? Error);

/// <summary>What a .zip of essays held: the files read, each refused file with its reason, or a refusal of the whole archive.</summary>
public sealed record EssayZipResult(string? Error, IReadOnlyList<EssayZipEntry> Entries)
{
    public IEnumerable<EssayZipEntry> Good => Entries.Where(e => e.Essay is not null);

    public IEnumerable<EssayZipEntry> Bad => Entries.Where(e => e.Essay is null);
}

/// <summary>
/// Reads a .zip of essays (.docx files). The archive is refused as a whole when it has more than
/// <see cref="MaxEntries"/> entries or unpacks to more than <see cref="MaxUnpackedBytes"/> (a bomb);
/// a name that climbs out of the folder or is absolute, or a file that is not a readable .docx, is
/// refused alone and the other files are read.
/// </summary>
public static class EssayZipReader
{
    public const int MaxEntries = 200;

    public const long MaxUnpackedBytes = 50L * 1024 * 1024;

    /// <summary>One essay in the archive; a larger file is refused alone (its pictures are too big), the others are read.</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    public static EssayZipResult Read(Stream zip)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            return new EssayZipResult("不是有效的 .zip 压缩包。", []);
        }

        using (archive)
        {
            try
            {
                var files = archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
                if (files.Count > MaxEntries)
                {
                    return new EssayZipResult($"压缩包里有{files.Count}个文件，一次最多导入{MaxEntries}篇，请分批上传。", []);
                }

                // A file too big because of its photos does not pack smaller (JPEG is compressed already): it is refused
                // alone below and not read. One that packs far smaller than it unpacks is a bomb and counts.
                var oversized = files.Where(e => e.Length > MaxFileBytes && e.CompressedLength * 4 >= e.Length).ToHashSet();
                if (files.Except(oversized).Sum(e => e.Length) > MaxUnpackedBytes)
                {
                    return new EssayZipResult("压缩包解压后超过50 MB，已拒绝（可能是压缩炸弹）。请只放作文的 .docx 文件。", []);
                }

                var entries = new List<EssayZipEntry>();
                long total = 0;
                foreach (var entry in files)
                {
                    var name = entry.FullName;
                    if (IsUnsafe(name))
                    {
                        entries.Add(new EssayZipEntry(name, null, "文件名含有“..”或绝对路径，已拒绝。"));
                        continue;
                    }

                    var fileName = Path.GetFileName(name.Replace('\\', '/'));
                    if (fileName.StartsWith("~$", StringComparison.Ordinal) || name.StartsWith("__MACOSX/", StringComparison.Ordinal) || fileName.StartsWith("._", StringComparison.Ordinal))
                    {
                        continue; // Word's lock files and macOS resource forks are not essays
                    }

                    if (!fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
                    {
                        entries.Add(new EssayZipEntry(name, null, "不是 .docx 文件（请把 .doc 另存为 .docx）。"));
                        continue;
                    }

                    if (oversized.Contains(entry))
                    {
                        entries.Add(new EssayZipEntry(name, null, $"文件有{entry.Length / 1024.0 / 1024.0:0.#} MB，超过每篇{MaxFileBytes / 1024 / 1024} MB的上限（多半是文中的图片太大）。请在 Word 中压缩图片后单独上传。"));
                        continue;
                    }

                    var bytes = ReadBounded(entry, MaxUnpackedBytes - total);
                    if (bytes is null)
                    {
                        return new EssayZipResult("压缩包解压后超过50 MB，已拒绝（可能是压缩炸弹）。请只放作文的 .docx 文件。", []);
                    }

                    total += bytes.Length;
                    var essay = EssayDocxReader.Read(bytes);
                    entries.Add(essay.Succeeded ? new EssayZipEntry(name, essay, null) : new EssayZipEntry(name, null, essay.Error));
                }

                return new EssayZipResult(null, entries);
            }
            catch (InvalidDataException)
            {
                return new EssayZipResult("压缩包已损坏，无法读取。", []);
            }
        }
    }

    /// <summary>A name that is absolute, has a drive, or climbs with "..".</summary>
    public static bool IsUnsafe(string name)
    {
        var n = name.Replace('\\', '/');
        return n.StartsWith('/') || (n.Length > 1 && n[1] == ':') || n.Split('/').Any(part => part == "..");
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes: the declared sizes of an entry may lie.</summary>
    private static byte[]? ReadBounded(ZipArchiveEntry entry, long limit)
    {
        using var input = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }
}
