using System.Text.RegularExpressions;

namespace Guangong.Web.Features.People.Import;

/// <summary>
/// Keeps an uploaded file between the preview and the confirmation, under the data folder, named
/// by the uploader's id and a random token so that nobody else can confirm or read it. Files
/// older than a day are removed at the next upload.
/// </summary>
public sealed partial class ImportFileStore(string directory, TimeProvider clock)
{
    public async Task<string> SaveAsync(long userId, Stream content, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        foreach (var old in new DirectoryInfo(directory).GetFiles().Where(f => f.LastWriteTimeUtc < clock.GetUtcNow().UtcDateTime.AddDays(-1)))
        {
            old.Delete();
        }

        var token = Guid.NewGuid().ToString("N");
        await using var file = File.Create(PathOf(userId, token));
        await content.CopyToAsync(file, ct);
        return token;
    }

    public Stream? Open(long userId, string? token) =>
        token is not null && TokenPattern().IsMatch(token) && File.Exists(PathOf(userId, token)) ? File.OpenRead(PathOf(userId, token)) : null;

    /// <summary>A confirmed file keeps its rejected rows downloadable, but cannot be imported twice.</summary>
    public void MarkImported(long userId, string token) => File.WriteAllText(PathOf(userId, token) + ".done", string.Empty);

    public bool IsImported(long userId, string token) => File.Exists(PathOf(userId, token) + ".done");

    private string PathOf(long userId, string token) => Path.Combine(directory, $"{userId}-{token}.xlsx");

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TokenPattern();
}
