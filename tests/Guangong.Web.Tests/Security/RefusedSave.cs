using Microsoft.Data.Sqlite;

namespace Guangong.Web.Tests.Security;

/// <summary>What the refused-save tests share: a locked SQLite database, and where the refusal must be said.</summary>
internal static class RefusedSave
{
    /// <summary>Another connection holds SQLite's write lock while <paramref name="work"/> runs.</summary>
    public static async Task<T> WhileSqliteLockedAsync<T>(string connectionString, Func<Task<T>> work)
    {
        await using var holder = new SqliteConnection(connectionString);
        await holder.OpenAsync();
        await using var command = holder.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE";
        await command.ExecuteNonQueryAsync();
        try
        {
            return await work();
        }
        finally
        {
            command.CommandText = "ROLLBACK"; // a pooled connection would keep the lock past its disposal
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The message is said once on the page, above the form whose typing it keeps.</summary>
    public static void AssertMessageAboveForm(string html, string message, string form)
    {
        var at = html.IndexOf(message, StringComparison.Ordinal);
        Assert.True(at >= 0, "the refusal is said on the page");
        Assert.True(at < html.IndexOf($"value=\"{form}\"", StringComparison.Ordinal), "the refusal is said above the form");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, System.Text.RegularExpressions.Regex.Escape(message)));
    }
}
