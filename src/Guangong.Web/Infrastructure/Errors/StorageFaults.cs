using Microsoft.Data.Sqlite;
using Npgsql;

namespace Guangong.Web.Infrastructure.Errors;

/// <summary>What kept a save from being written, when it is the storage's fault and not the caller's.</summary>
public enum StorageFault
{
    /// <summary>The database is locked by another writer beyond the busy timeout (SQLITE_BUSY/LOCKED, a PostgreSQL lock timeout or deadlock).</summary>
    Busy,

    /// <summary>No room left: SQLITE_FULL, PostgreSQL disk_full, or "No space left on device" writing a file.</summary>
    Full,
}

/// <summary>
/// Recognises a save that failed because the database was locked or the disk was full. Such a
/// request answers 503 with a Chinese message (a page, or problem+json with Retry-After), never a
/// 500: the transaction rolled back, so nothing already saved is lost, and files written for the
/// failed save are removed by their writer.
/// </summary>
public static class StorageFaults
{
    public const string BusyMessage = "数据库正忙（其他操作正在写入），这次提交没有保存。请稍等片刻，返回上一页再提交一次；已保存的数据不受影响。";

    public const string FullMessage = "服务器存储空间已满，这次提交没有保存。请返回上一页，稍后再试，并告知系统管理员清理磁盘；已保存的数据不受影响。";

    /// <summary>Seconds a client is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 30;

    public static StorageFault? Of(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteErrorCode: 5 or 6 }:
                    return StorageFault.Busy;
                case SqliteException { SqliteErrorCode: 13 }:
                    return StorageFault.Full;
                case PostgresException { SqlState: "53100" }:
                    return StorageFault.Full;
                case PostgresException { SqlState: "55P03" or "40P01" }:
                    return StorageFault.Busy;
                case IOException io when IsDiskFull(io):
                    return StorageFault.Full;
            }
        }

        return null;
    }

    public static string MessageOf(StorageFault fault) => fault == StorageFault.Busy ? BusyMessage : FullMessage;

    /// <summary>ENOSPC on Linux (28), ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows (112, 39).</summary>
    private static bool IsDiskFull(IOException io) =>
        (io.HResult & 0xFFFF) is 28 or 112 or 39 || io.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase);
}
