using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Guangong.Web.Infrastructure.Commands;

/// <summary>
/// One record per form shown. A new-record form carries a key (<see cref="OneTimeKey"/>, set when the empty form was
/// rendered); its save runs through <see cref="SaveAsync{T}"/>, and the record it inserts is remembered under that key in
/// the record's own transaction (<see cref="Follower"/>). A second send of the same form, by a double tap with the
/// script off, the back button and 保存 again, or a retry over a poor network, saves nothing and is answered with the
/// first record, so the page shows what was saved. A post without a well-formed key (the API, an old page) saves as before.
/// </summary>
public sealed class SubmitOnce(GuangongDbContext db, CurrentActor actor)
{
    /// <summary>
    /// How long a saved form's key is remembered. A second send comes seconds to days after the first (a retry, the back
    /// button on a phone left in a pocket); a form kept open longer than this is a new entry by any reading. Older keys
    /// are dropped as their owner saves a new form, so the table stays the size of a month's saves.
    /// </summary>
    public static readonly TimeSpan Kept = TimeSpan.FromDays(30);

    public const string AlreadySavedMessage = "这张表已经保存过了，没有重复保存；请到列表中查看。";

    /// <summary>The key the form shows: the one it was posted with (a refused form keeps it), else a new one.</summary>
    public static string KeyOf(string? posted) => OneTimeKey.IsWellFormed(posted) ? posted : OneTimeKey.New();

    internal sealed record Mark(long OwnerUserId, string Form, string Key, Type RecordType);

    /// <summary>
    /// Runs <paramref name="save"/> unless this user already saved the form under <paramref name="key"/>; then the answer is
    /// that save's record (<typeparamref name="T"/>, found by its Id), or a message when it is gone since.
    /// </summary>
    public async Task<CommandResult<T>> SaveAsync<T>(string form, string? key, Func<Task<CommandResult<T>>> save, CancellationToken ct = default)
        where T : class
    {
        if (!OneTimeKey.IsWellFormed(key) || actor.UserId is not { } owner)
        {
            return await save();
        }

        if (await EarlierAsync<T>(owner, form, key, ct) is { } earlier)
        {
            return earlier;
        }

        var mark = new Mark(owner, form, key, typeof(T));
        db.SubmissionMarks.Add(mark);
        try
        {
            return await save();
        }
        catch (DbUpdateException)
        {
            // The same form's other send won the race to the key: that one is the record.
            db.ChangeTracker.Clear();
            if (await EarlierAsync<T>(owner, form, key, ct) is { } first)
            {
                return first;
            }

            throw; // not a second send (a locked or full database): the refusal is answered as such
        }
        finally
        {
            db.SubmissionMarks.Remove(mark);
        }
    }

    /// <summary>
    /// The answer to a form this user already saved under <paramref name="key"/>, or null: for a page that must know it
    /// before it takes what the form names (uploads the first send claimed would otherwise be refused as gone).
    /// </summary>
    public Task<CommandResult<T>?> SavedBeforeAsync<T>(string form, string? key, CancellationToken ct = default)
        where T : class =>
        OneTimeKey.IsWellFormed(key) && actor.UserId is { } owner ? EarlierAsync<T>(owner, form, key, ct) : Task.FromResult<CommandResult<T>?>(null);

    /// <summary>How long after a save a fresh form of the same kind mentions it: the time of a back button, not of a day's work.</summary>
    public static readonly TimeSpan Recent = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The record this user saved with <paramref name="form"/> in the last <see cref="Recent"/>, latest first, or null: a
    /// fresh form shown right after a save (the back button after 保存) says so (<c>JustSaved</c>), so its emptiness is not
    /// read as a loss. A save before this sign-in is not mentioned: signed out and in again, the user starts afresh.
    /// </summary>
    public async Task<RecentSave?> LastSavedAsync(string form, CancellationToken ct = default)
    {
        if (actor.UserId is not { } owner)
        {
            return null;
        }

        var since = db.Clock.GetUtcNow().UtcDateTime - Recent;
        if (actor.SessionStartedUtc > since)
        {
            since = actor.SessionStartedUtc.Value;
        }
        return await db.FormSubmissions.AsNoTracking()
            .Where(s => s.OwnerUserId == owner && s.Form == form && s.CreatedUtc >= since)
            .OrderByDescending(s => s.CreatedUtc)
            .Select(s => new RecentSave(s.RecordId, s.CreatedUtc))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// As above, for a form on a record's page (a café's inspections, a task's progress, the patrols): only when the saved
    /// entry is one the page lists (<paramref name="shownHere"/>), since the same form saved on another record is not this one's.
    /// </summary>
    public async Task<RecentSave?> LastSavedAsync(string form, IEnumerable<long> shownHere, CancellationToken ct = default) =>
        await LastSavedAsync(form, ct) is { } saved && shownHere.Contains(saved.RecordId) ? saved : null;

    private async Task<CommandResult<T>?> EarlierAsync<T>(long owner, string form, string key, CancellationToken ct)
        where T : class
    {
        var saved = await db.FormSubmissions.AsNoTracking().Where(s => s.OwnerUserId == owner && s.Key == key).SingleOrDefaultAsync(ct);
        if (saved is null)
        {
            return null;
        }

        var record = saved.Form == form ? await db.Set<T>().AsNoTracking().SingleOrDefaultAsync(e => EF.Property<long>(e, "Id") == saved.RecordId, ct) : null;
        return record is null ? CommandResult<T>.Invalid(string.Empty, AlreadySavedMessage) : CommandResult<T>.Ok(record);
    }

    /// <summary>
    /// Writes the key with the record: the save that inserts exactly one record of the marked type carries its
    /// <see cref="FormSubmission"/> (the record's id is known only after the insert, inside the save's transaction).
    /// </summary>
    internal sealed class Follower : ISaveFollower
    {
        public Func<GuangongDbContext, CancellationToken, Task>? Capture(ChangeTracker tracker)
        {
            if (tracker.Context is not GuangongDbContext { SubmissionMarks.Count: > 0 } db)
            {
                return null;
            }

            var found = new List<(Mark Mark, EntityEntry Entry)>();
            foreach (var mark in db.SubmissionMarks)
            {
                // A record added without the tracker is one of many (an import): no form's one record.
                var added = tracker.Entries().Where(e => e.State == EntityState.Added && e.Metadata.ClrType == mark.RecordType).Take(2).ToList();
                if (added.Count == 1 && !tracker.AddedUntracked().Any(r => r.Type.ClrType == mark.RecordType))
                {
                    found.Add((mark, added[0]));
                }
            }

            if (found.Count == 0)
            {
                return null;
            }

            found.ForEach(f => db.SubmissionMarks.Remove(f.Mark));
            return async (context, ct) =>
            {
                var now = context.Clock.GetUtcNow().UtcDateTime;
                var forgotten = now - Kept;
                foreach (var owner in found.Select(f => f.Mark.OwnerUserId).Distinct())
                {
                    await context.FormSubmissions.Where(s => s.OwnerUserId == owner && s.CreatedUtc < forgotten).ExecuteDeleteAsync(ct);
                }

                context.FormSubmissions.AddRange(found.Select(f => new FormSubmission
                {
                    OwnerUserId = f.Mark.OwnerUserId, Form = f.Mark.Form, Key = f.Mark.Key, CreatedUtc = now,
                    RecordId = (long)f.Entry.Property("Id").CurrentValue!,
                }));
            };
        }
    }
}

/// <summary>A form's record saved a moment ago (<see cref="SubmitOnce.LastSavedAsync"/>), with when.</summary>
public sealed record RecentSave(long RecordId, DateTime SavedUtc);
