using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace Guangong.Web.Features.People.Import;

/// <summary>
/// A previewed roster file's rows as read from it, kept a few minutes for its confirmation: reading 20,000 rows of a
/// spreadsheet again took a tenth of an import (issue 18.2 (d)). A file picked on the form is read as it goes up; its rows
/// wait here by the file's content until its preview names it by token. Only the rows as typed are kept, never the checked ones:
/// the confirmation checks them against the roster as it is then. Each taker gets its own copies (the check fills a row's
/// blank cells in). A node that did not preview the file, a confirmation after the minutes, or one whose rows did not fit
/// (at most <see cref="MostRows"/> rows are kept for everyone together, about 50 MB) reads the file again.
/// </summary>
public sealed class PreviewedRows : IDisposable
{
    public const int MostRows = 100_000;

    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(10);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MostRows });

    public void Keep(long userId, string token, IReadOnlyList<RosterSheetRow> rows) =>
        cache.Set(Key(userId, token), Copies(rows), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Kept, Size = Math.Max(1, rows.Count) });

    /// <summary>Copies of the rows kept for the file, or null when none are kept.</summary>
    public IReadOnlyList<RosterSheetRow>? Take(long userId, string token) =>
        cache.TryGetValue(Key(userId, token), out IReadOnlyList<RosterSheetRow>? rows) && rows is not null ? Copies(rows) : null;

    public void Forget(long userId, string token) => cache.Remove(Key(userId, token));

    /// <summary>
    /// The rows read from a file as it went up on pick, kept by its content until its preview names it by token. A file
    /// picked and never previewed is not told of, so these give way first when the rows kept fill up: a preview's rows
    /// wait for a confirmation, these only save a second read.
    /// </summary>
    public void KeepPicked(byte[] file, IReadOnlyList<RosterSheetRow> rows) =>
        cache.Set(ContentKey(file), rows, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Kept, Size = Math.Max(1, rows.Count), Priority = CacheItemPriority.Low });

    /// <summary>Whether rows read on pick from these bytes wait for their preview.</summary>
    internal bool HoldsPicked(byte[] file) => cache.TryGetValue(ContentKey(file), out _);

    /// <summary>
    /// Moves the rows read on pick from these very bytes to the file's token, for the preview: a 20,000-row roster was
    /// read when picked and again when previewed. Answers whether there were any.
    /// </summary>
    public bool Claim(byte[] file, long userId, string token)
    {
        var key = ContentKey(file);
        if (!cache.TryGetValue(key, out IReadOnlyList<RosterSheetRow>? rows) || rows is null)
        {
            return false;
        }

        cache.Remove(key);
        Keep(userId, token, rows);
        return true;
    }

    private static IReadOnlyList<RosterSheetRow> Copies(IReadOnlyList<RosterSheetRow> rows) =>
        [.. rows.Select(r => r with { Input = r.Input.Copy() })];

    public void Dispose() => cache.Dispose();

    private static (long, string) Key(long userId, string token) => (userId, token);

    private static string ContentKey(byte[] file) => Convert.ToHexString(SHA256.HashData(file));
}
