namespace Guangong.Web.Infrastructure.Files;

/// <summary>
/// Writing an uploaded file so that it is on the disk before the record naming it is committed: a plain
/// write can sit in the page cache, and after a power cut the committed row would point at an empty file.
/// </summary>
public static class DurableFile
{
    public static async Task WriteAsync(string path, byte[] bytes, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.Asynchronous);
        await stream.WriteAsync(bytes, ct);
        stream.Flush(flushToDisk: true);
    }
}
