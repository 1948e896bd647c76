using Microsoft.Extensions.Logging;

namespace TeamDrill.Tests.Infrastructure;

/// <summary>
/// A logger provider for an in-process server that keeps every entry the server's log filters let
/// through, so a test can read what an operator would: level, category, message and exception.
/// </summary>
public sealed class CapturedLog : ILoggerProvider
{
    private readonly List<Entry> _entries = [];

    public IReadOnlyList<Entry> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public sealed record Entry(LogLevel Level, string Category, string Message, Exception? Exception);

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (log._entries)
            {
                log._entries.Add(new Entry(logLevel, category, formatter(state, exception), exception));
            }
        }
    }
}
