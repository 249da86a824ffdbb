using Microsoft.Extensions.Logging;

namespace AlienFish.Plugins.OpenApi.Tests;

/// <summary>Keeps every log line at every level, so tests can look for what must never be logged.</summary>
internal sealed class CapturingLogger : ILogger
{
    private readonly List<LogLine> _lines = [];

    public IReadOnlyList<LogLine> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>The formatted messages at one level.</summary>
    public IEnumerable<string> At(LogLevel level) => Lines.Where(l => l.Level == level).Select(l => l.Message);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        // The structured values too, in case a template leaves one out of the message.
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}"))
            : "";

        var message = formatter(state, exception);

        lock (_lines)
        {
            _lines.Add(new LogLine(logLevel, message, $"{message} {values} {exception}"));
        }
    }
}
