namespace Guangong.Web.Infrastructure.Files;

/// <summary>The bytes of a removed file, kept aside for the undo window (<see cref="TrashSweeper"/> deletes them after it).</summary>
public sealed partial class EvidenceFiles
{
    /// <summary>
    /// Moves a removed record's bytes aside (files/trash) instead of deleting them, so an undo within
    /// <see cref="Infrastructure.Auditing.RecentRemovals.Window"/> can put them back; <see cref="PurgeTrash"/> deletes
    /// them later. Called after the record's removal is saved: a crash before it leaves the bytes in place.
    /// </summary>
    public void Trash(string key)
    {
        Directory.CreateDirectory(TrashFolder);
        foreach (var suffix in FileSuffixes)
        {
            if (File.Exists(PathOf(key) + suffix))
            {
                File.Move(PathOf(key) + suffix, TrashPathOf(key) + suffix, overwrite: true);
                File.SetLastWriteTimeUtc(TrashPathOf(key) + suffix, DateTime.UtcNow);
            }
        }
    }

    /// <summary>
    /// Puts trashed bytes back before their record is saved again (a crash in between leaves an unused file,
    /// never a record without its file); false when they are gone.
    /// </summary>
    public bool Untrash(string key)
    {
        if (!File.Exists(TrashPathOf(key)))
        {
            return File.Exists(PathOf(key));
        }

        Directory.CreateDirectory(Folder(key));
        foreach (var suffix in FileSuffixes.Where(s => File.Exists(TrashPathOf(key) + s)))
        {
            File.Move(TrashPathOf(key) + suffix, PathOf(key) + suffix, overwrite: true);
        }

        return true;
    }

    /// <summary>Deletes trashed bytes put aside longer ago than <paramref name="kept"/>; returns how many files went.</summary>
    public int PurgeTrash(TimeSpan kept)
    {
        if (!Directory.Exists(TrashFolder))
        {
            return 0;
        }

        var before = DateTime.UtcNow - kept;
        var old = new DirectoryInfo(TrashFolder).EnumerateFiles().Where(f => f.LastWriteTimeUtc < before).ToList();
        old.ForEach(f => f.Delete());
        return old.Count;
    }

    private static readonly string[] FileSuffixes = ["", ".thumb.jpg"];

    private string TrashFolder => Path.Combine(directory, "trash");

    private string TrashPathOf(string key) => Path.Combine(TrashFolder, key);
}
