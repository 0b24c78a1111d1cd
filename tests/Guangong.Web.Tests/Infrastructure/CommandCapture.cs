using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>A command EF ran: its SQL and the parameters it was sent with.</summary>
public sealed record CapturedCommand(string Sql, IReadOnlyList<DbParameter> Parameters);

/// <summary>
/// Records the commands EF runs on one test database, from EF's diagnostic events (other test classes run beside the
/// one capturing, each on a database of its own, so a command is kept only when it runs on this one).
/// </summary>
public sealed class CommandCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly Func<DbConnection, bool> _ours;
    private readonly List<CapturedCommand> _into;
    private readonly List<IDisposable> _subscriptions = [];

    /// <summary>
    /// Starts capturing once EF will report the commands: EF keeps whether anyone listens for up to a second
    /// (<c>CoreOptionsExtension.LoggingCacheTime</c>), so commands run right after subscribing could go unseen.
    /// </summary>
    public static async Task<CommandCapture> StartAsync(TestDatabase database, List<CapturedCommand> into)
    {
        var capture = new CommandCapture(database, into);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        return capture;
    }

    private CommandCapture(TestDatabase database, List<CapturedCommand> into)
    {
        var name = database.Provider == "Postgres"
            ? new NpgsqlConnectionStringBuilder(database.ConnectionString).Database
            : new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        _ours = connection => connection switch
        {
            NpgsqlConnection postgres => postgres.Database == name,
            SqliteConnection sqlite => sqlite.DataSource == name
                || (!string.IsNullOrEmpty(sqlite.DataSource) && !string.IsNullOrEmpty(name) && Path.GetFullPath(sqlite.DataSource) == Path.GetFullPath(name)),
            _ => false,
        };
        _into = into;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData { Command: { Connection: { } connection } command }
            && _ours(connection))
        {
            lock (_into)
            {
                _into.Add(new CapturedCommand(command.CommandText, [.. command.Parameters.Cast<DbParameter>()]));
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
