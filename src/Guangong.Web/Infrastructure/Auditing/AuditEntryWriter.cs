using System.Data.Common;
using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Guangong.Web.Infrastructure.Auditing;

/// <summary>
/// Writes a save's audit entries in the save's transaction without the change tracker: on SQLite one prepared INSERT run
/// for each entry, on PostgreSQL one binary COPY. Nothing reads them back in the request, so tracking them only cost time:
/// a roster import of 20,000 rows writes 40,000 entries, and tracking, batching and accepting them was a third of the
/// import (issue 18.2). The columns and their conversions come from the model, so the writer follows its mapping.
/// </summary>
internal static class AuditEntryWriter
{
    /// <summary>One entry outside any save, committed on its own (or with the caller's transaction when one is open).</summary>
    public static async Task WriteOneAsync(GuangongDbContext db, AuditEntry entry, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await WriteAsync(db, [entry], ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The entries as they come: a save's are completed (their field lists written) one by one while the COPY streams, so
    /// that the server stores each buffer while the next is being written (an import's 40,000 lists took a second apart).
    /// </summary>
    public static async Task WriteAsync(GuangongDbContext db, IEnumerable<AuditEntry> entries, CancellationToken ct)
    {
        using var each = entries.GetEnumerator();
        if (!each.MoveNext())
        {
            return;
        }

        var type = db.Model.FindEntityType(typeof(AuditEntry))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties().Where(p => !p.IsPrimaryKey()).ToList();
        var names = string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""));
        var connection = db.Database.GetDbConnection();
        if (connection is NpgsqlConnection npgsql)
        {
            await using var copy = await npgsql.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({names}) FROM STDIN (FORMAT BINARY)", ct);
            do
            {
                var entry = each.Current;
                await copy.StartRowAsync(ct);
                foreach (var column in columns)
                {
                    await (Value(column, entry) switch
                    {
                        null => copy.WriteNullAsync(ct),
                        string text => copy.WriteAsync(text, NpgsqlDbType.Text, ct),
                        long number => copy.WriteAsync(number, NpgsqlDbType.Bigint, ct),
                        DateTime time => copy.WriteAsync(time, NpgsqlDbType.TimestampTz, ct),
                        var other => throw new NotSupportedException($"Audit column {column.Name} holds a {other.GetType().Name}, which the COPY writer does not map."),
                    });
                }
            }
            while (each.MoveNext());

            await copy.CompleteAsync(ct);
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((_, i) => StoreValues.AddParameter(command, $"@p{i}")).ToList();
        await command.PrepareAsync(ct);
        do
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = Value(columns[i], each.Current) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(ct);
        }
        while (each.MoveNext());
    }

    private static object? Value(IProperty column, AuditEntry entry) => StoreValues.ToProvider(column, column.GetGetter().GetClrValue(entry));
}
