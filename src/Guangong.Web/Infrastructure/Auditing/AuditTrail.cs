using System.Text.Encodings.Web;
using System.Text.Json;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Guangong.Web.Infrastructure.Auditing;

/// <summary>
/// Turns the change tracker's pending changes into audit entries. Captured before the save (old
/// values are gone after it) and completed after it (generated ids are known only then).
/// </summary>
internal static class AuditTrail
{
    private static readonly HashSet<string> SecretProperties =
        [nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp)];

    private static readonly HashSet<string> UninterestingProperties = [nameof(IVersioned.Version)];

    /// <summary>
    /// What signing in changes on a user's row. The attempt has its own entry (登录成功/登录失败/账号锁定),
    /// so these alone are no "修改" of the account.
    /// </summary>
    private static readonly HashSet<string> SignInBookkeeping =
        [nameof(AppUser.LastLoginUtc), nameof(AppUser.AccessFailedCount), nameof(AppUser.LockoutEnd), nameof(AppUser.ConcurrencyStamp)];

    /// <summary>
    /// What a new two-step key or new recovery codes change on the user's row besides the credential itself: the
    /// credential's own entry (新增/修改 两步验证凭据) says what happened, the stamps alone would only add "系统内部字段已更新".
    /// </summary>
    private static readonly HashSet<string> CredentialStamps = [nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp)];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static List<PendingAudit> Capture(ChangeTracker tracker, CurrentActor actor, DataScope scope, DateTime now)
    {
        var pending = new List<PendingAudit>();
        var undos = new List<EntityEntry>();
        HashSet<long>? credentialOwners = null;

        // A user's row changed only by signing in, or only in the stamps a credential saved beside it renews.
        bool IsBookkeeping(AppUser user, List<FieldChange> changes) =>
            changes.All(c => SignInBookkeeping.Contains(c.Field))
            || (changes.All(c => CredentialStamps.Contains(c.Field))
                && (credentialOwners ??= [.. tracker.Entries<Microsoft.AspNetCore.Identity.IdentityUserToken<long>>()
                    .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).Select(e => e.Entity.UserId)]).Contains(user.Id));

        foreach (var entry in tracker.Entries())
        {
            if (entry is { State: EntityState.Added, Entity: AuditEntry { UndoOf: not null } })
            {
                undos.Add(entry);
            }

            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || entry.Entity is AuditEntry or UserSession or Data.IDerived or Data.IScratch)
            {
                continue;
            }

            var changes = DescribeChanges(entry);
            if (entry.State == EntityState.Modified && (changes.Count == 0 || (entry.Entity is AppUser user && IsBookkeeping(user, changes))))
            {
                continue;
            }

            pending.Add(new PendingAudit(entry, null, entry.State, NewEntry(entry.Entity, entry.Metadata, entry.State, actor, scope, now), changes));
        }

        // The rows added without the tracker (a roster import's), audited as added entries are.
        if (tracker.Context is GuangongDbContext { Untracked: { } rows })
        {
            foreach (var row in rows.Where(r => r.Entity is not (UserSession or Data.IDerived or Data.IScratch)))
            {
                // Described when completed, from the row as written (its keys set): an import's 40,000 field lists held
                // through the save were most of what its collections had to walk.
                pending.Add(new PendingAudit(null, row, EntityState.Added, NewEntry(row.Entity, row.Type, EntityState.Added, actor, scope, now), null));
            }
        }

        PutBack(pending, undos);
        return pending;
    }

    private static AuditEntry NewEntry(object entity, IEntityType type, EntityState state, CurrentActor actor, DataScope scope, DateTime now)
    {
        var owned = entity as IUnitOwned;
        return new AuditEntry
        {
            TimestampUtc = now,
            UserId = actor.UserId,
            UserName = actor.UserName,
            IpAddress = actor.IpAddress,
            UnitId = owned?.UnitId is > 0 ? owned.UnitId : scope.UnitId,
            UnitPath = owned?.UnitPath is { Length: > 0 } path ? path : scope.Path ?? string.Empty,
            Action = state switch
            {
                EntityState.Added => AuditActions.Create,
                EntityState.Deleted => AuditActions.Delete,
                _ => AuditActions.Update,
            },
            Entity = type.ClrType.Name,
        };
    }

    /// <summary>
    /// A record put back by an undo (<see cref="RecentRemovals"/>) is audited as the undo of its removal, with its fields,
    /// instead of a 撤销删除 marker and a 新增 line; each marker takes the new row of its type in its record's unit (or the first).
    /// </summary>
    private static void PutBack(List<PendingAudit> pending, List<EntityEntry> undos)
    {
        foreach (var undo in undos)
        {
            var marker = (AuditEntry)undo.Entity;

            // Several owners put back in one save differ by their unit: the marker carries the removed record's.
            var rows = pending.Where(p => p.State == EntityState.Added && p.Audit.Action == AuditActions.Create && p.Audit.Entity == marker.Entity).ToList();
            var row = rows.FirstOrDefault(p => p.Audit.UnitPath == marker.UnitPath) ?? rows.FirstOrDefault();
            if (row is not null)
            {
                row.Audit.Action = AuditActions.Undo;
                row.Audit.UndoOf = marker.UndoOf;
                undo.State = EntityState.Detached;
            }
        }
    }

    private static List<FieldChange> DescribeChanges(EntityEntry entry)
    {
        var changes = new List<FieldChange>();
        var (added, modified) = (entry.State == EntityState.Added, entry.State == EntityState.Modified);
        var current = entry.State == EntityState.Deleted ? null : entry.CurrentValues;
        var original = added ? null : entry.OriginalValues;
        foreach (var field in FieldsOf(entry.Metadata))
        {
            // A new row's generated key is temporary here; the entry's EntityId carries the real one.
            if ((added && field.IsKey) || (modified && !entry.Property(field.Property).IsModified))
            {
                continue;
            }

            var old = original is null ? null : Show(original[field.Property]);
            var now = current is null ? null
                : field.MayBeTemporary && entry.Property(field.Property).IsTemporary ? TemporaryKey : Show(current[field.Property]);
            if ((modified && old == now) || (old is null && now is null))
            {
                continue;
            }

            changes.Add(Masked(field, old, now));
        }

        return changes;
    }

    private static FieldChange Masked(AuditedField field, string? old, string? now)
    {
        if (field.IsSecret)
        {
            (old, now) = (old is null ? null : "***", now is null ? null : "***(已更改)");
        }
        else if (field.IsKeptOut)
        {
            (old, now) = (old is null ? null : "（个人信息）", now is null ? null : "（个人信息，已更改）");
        }

        return new FieldChange(field.Property.Name, old, now);
    }

    /// <summary>What the trail needs to know of each audited property of a kind, worked out once per kind, not per row saved.</summary>
    private sealed record AuditedField(IProperty Property, bool IsKey, bool MayBeTemporary, bool IsSecret, bool IsKeptOut);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<IEntityType, AuditedField[]> Fields = new();

    private static AuditedField[] FieldsOf(IEntityType type) => Fields.GetOrAdd(type, static type =>
    [
        .. type.GetProperties().Where(p => !UninterestingProperties.Contains(p.Name)).Select(p => new AuditedField(
            p,
            p.IsPrimaryKey(),
            // Only a generated key, or a key pointing at a row saved with it, holds a temporary value.
            p.IsKey() || p.IsForeignKey() || p.ValueGenerated != ValueGenerated.Never,
            SecretProperties.Contains(p.Name) || IsSecretToken(type.ClrType, p.Name),
            p.PropertyInfo is { } info && info.IsDefined(typeof(KeptOutOfAuditAttribute), inherit: false))),
    ]);

    /// <summary>
    /// A sign-in token's value is the two-factor authenticator key or the unused recovery codes: written into the trail it
    /// would let any reader of the log make a user's codes. The row's user and token name stay (who enrolled, when).
    /// </summary>
    private static bool IsSecretToken(Type type, string property) =>
        typeof(Microsoft.AspNetCore.Identity.IdentityUserToken<long>).IsAssignableFrom(type) && property == nameof(Microsoft.AspNetCore.Identity.IdentityUserToken<long>.Value);

    private static string? Show(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O"),
        // An issued file: the audit says how big it was; the row itself keeps the bytes.
        byte[] bytes => $"{bytes.Length} bytes",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    internal sealed record FieldChange(string Field, string? Old, string? New);

    /// <summary>Stands for a key the database has not generated yet (a row saved with its parent), read again at <see cref="PendingAudit.Complete"/>.</summary>
    private const string TemporaryKey = "\u0000temporary";

    private static readonly JsonWriterOptions Writing = new() { Encoder = Json.Encoder };
    private static readonly JsonEncodedText FieldName = JsonEncodedText.Encode(nameof(FieldChange.Field));
    private static readonly JsonEncodedText OldName = JsonEncodedText.Encode(nameof(FieldChange.Old));
    private static readonly JsonEncodedText NewName = JsonEncodedText.Encode(nameof(FieldChange.New));

    /// <summary>
    /// The field list as the serializer writes it (<see cref="ReadFields"/> reads it back), written directly: an import
    /// writes 40,000 of these in a save, and serializing each list (twice, before this) was about 6 % of the import's time.
    /// </summary>
    internal static string Write(IEnumerable<FieldChange> changes)
    {
        // One buffer and writer per thread, reset for each list: a save writes tens of thousands of short lists.
        var (buffer, writer) = writing ??= NewWriter();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStartArray();
        foreach (var change in changes)
        {
            writer.WriteStartObject();
            writer.WriteString(FieldName, change.Field);
            writer.WriteString(OldName, change.Old);
            writer.WriteString(NewName, change.New);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.Flush();
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// The field list of a row added without the tracker, once written (its keys and its parent's set), as
    /// <see cref="DescribeChanges"/> lists an added entry's, produced as it is written rather than held as a list.
    /// </summary>
    internal static string WriteNew(UntrackedRow row) => Write(NewFields(row));

    private static IEnumerable<FieldChange> NewFields(UntrackedRow row)
    {
        foreach (var field in FieldsOf(row.Type))
        {
            if (!field.IsKey && Show(row.Get(field.Property)) is { } now)
            {
                yield return Masked(field, null, now);
            }
        }
    }

    [ThreadStatic]
    private static (System.Buffers.ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? writing;

    private static (System.Buffers.ArrayBufferWriter<byte>, Utf8JsonWriter) NewWriter()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        return (buffer, new Utf8JsonWriter(buffer, Writing));
    }

    /// <summary>An entry's field list as <see cref="Capture"/> wrote it; null for text that is no field list (older or event entries).</summary>
    internal static List<FieldChange>? ReadFields(string? changes)
    {
        try
        {
            return changes is null ? null : JsonSerializer.Deserialize<List<FieldChange>>(changes, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>An audit entry waiting for its save: of a tracked entry, or of a row added without the tracker.</summary>
    /// <param name="Changes">The tracked entry's changes; null for a row added without the tracker, described when completed.</param>
    internal sealed record PendingAudit(EntityEntry? Entry, UntrackedRow? Row, EntityState State, AuditEntry Audit, List<FieldChange>? Changes)
    {
        /// <summary>Fills in the keys the database generated for added rows: the row's own, and those of rows it points to that were added with it.</summary>
        public AuditEntry Complete()
        {
            // Written once, here: a history line saved with its volunteer knows the volunteer's id only now.
            Audit.Changes = Changes is null ? WriteNew(Row!) : Write(Changes.Select(c => c.New == TemporaryKey ? c with { New = Show(Current(c.Field)) } : c));
            var key = (Entry?.Metadata ?? Row!.Type).FindPrimaryKey();
            Audit.EntityId = key is null
                ? null
                : string.Join(",", key.Properties.Select(p => Show(Current(p.Name) ?? Entry?.Property(p.Name).OriginalValue)));
            return Audit;
        }

        private object? Current(string property) =>
            Entry is not null ? Entry.Property(property).CurrentValue : Row!.Get(Row.Type.FindProperty(property)!);
    }
}
