using Microsoft.Extensions.Logging;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>
/// Writes the server's errors (the exception behind a 500) to TestResults/server-errors.log, so a
/// failing request in a test can be read afterwards.
/// </summary>
public sealed class ErrorFileLogger : ILoggerProvider, ILogger
{
    private static readonly object Gate = new();
    private static readonly string LogPath = Path.Combine(AppContext.BaseDirectory, "server-errors.log");

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        lock (Gate)
        {
            File.AppendAllText(LogPath, $"{DateTime.UtcNow:O} {formatter(state, exception)}\n{exception}\n\n");
        }
    }

    public void Dispose()
    {
    }
}
