using System.Text.RegularExpressions;

namespace Guangong.Web.Features.People.Import;

/// <summary>
/// Keeps an uploaded roster file from the moment it is picked (or posted with the form) through the preview to the
/// confirmation, under the data folder, named by the uploader's id and a random token so that nobody else can confirm,
/// read or remove it. A picked file (uploaded on pick, moved here by its preview under its upload's token) keeps its
/// name beside it, for the form that lists it again. Files older than a day
/// are removed at the next upload, and each user keeps at most <see cref="MaxPerUser"/> files: picking a file again
/// and again cannot fill the disk.
/// </summary>
public sealed partial class ImportFileStore(string directory, TimeProvider clock)
{
    public const int MaxPerUser = 20;

    /// <summary>Keeps the file under a new token, or under <paramref name="token"/>: the one it was uploaded under on pick.</summary>
    public async Task<string> SaveAsync(long userId, Stream content, string? fileName, CancellationToken ct, string? token = null)
    {
        Directory.CreateDirectory(directory);
        var folder = new DirectoryInfo(directory);
        foreach (var old in folder.GetFiles().Where(f => f.LastWriteTimeUtc < clock.GetUtcNow().UtcDateTime.AddDays(-1)))
        {
            old.Delete();
        }

        // The user's oldest files go first; an open preview of one of them then says it has expired.
        foreach (var old in folder.GetFiles($"{userId}-*.xlsx").OrderByDescending(f => f.LastWriteTimeUtc).Skip(MaxPerUser - 1))
        {
            Remove(old.FullName);
        }

        token = token is not null && TokenPattern().IsMatch(token) ? token : Guid.NewGuid().ToString("N");
        await using (var file = File.Create(PathOf(userId, token)))
        {
            await content.CopyToAsync(file, ct);
        }

        if (fileName is not null)
        {
            await File.WriteAllTextAsync(PathOf(userId, token) + ".name", fileName, ct);
        }

        return token;
    }

    public Stream? Open(long userId, string? token) =>
        Exists(userId, token) ? File.OpenRead(PathOf(userId, token!)) : null;

    /// <summary>The name a picked file had, while it waits to be imported; null for an unknown, posted or imported one.</summary>
    public string? PickedName(long userId, string? token) =>
        Exists(userId, token) && !IsImported(userId, token!) && File.Exists(PathOf(userId, token!) + ".name")
            ? File.ReadAllText(PathOf(userId, token!) + ".name")
            : null;

    /// <summary>Takes a file that was not imported out of the store (the user removed it from the form, or it cannot be read).</summary>
    public bool Delete(long userId, string? token)
    {
        if (!Exists(userId, token) || IsImported(userId, token!))
        {
            return false;
        }

        Remove(PathOf(userId, token!));
        return true;
    }

    /// <summary>A confirmed file keeps its rejected rows downloadable, but cannot be imported twice.</summary>
    public void MarkImported(long userId, string token) => File.WriteAllText(PathOf(userId, token) + ".done", string.Empty);

    public bool IsImported(long userId, string token) => File.Exists(PathOf(userId, token) + ".done");

    private bool Exists(long userId, string? token) => token is not null && TokenPattern().IsMatch(token) && File.Exists(PathOf(userId, token));

    private static void Remove(string path)
    {
        File.Delete(path + ".name");
        File.Delete(path + ".done");
        File.Delete(path);
    }

    private string PathOf(long userId, string token) => Path.Combine(directory, $"{userId}-{token}.xlsx");

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TokenPattern();
}
