using Microsoft.Extensions.Logging;

namespace AlienFish.Cli.Logging;

/// <summary>
/// Writes log lines to one writer (stderr in the tool, a buffer in tests), synchronously,
/// so they interleave with the results on stdout in the order they happened. At the
/// diagnostic level each line also says how long after the start it was written, to see
/// where a run spends its time.
/// </summary>
internal sealed class WriterLoggerProvider : ILoggerProvider
{
    private readonly TextWriter _writer;
    private readonly LogLevel _minimum;
    private readonly Lock _gate = new();
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    public WriterLoggerProvider(TextWriter writer, LogLevel minimum)
    {
        _writer = writer;
        _minimum = minimum;
    }

    /// <summary>When set, only warnings and errors are written.</summary>
    public bool HoldInformation { get; set; }

    public ILogger CreateLogger(string categoryName) => new WriterLogger(this);

    public void Dispose() => _writer.Flush();

    private void Write(LogLevel level, string message, Exception? exception)
    {
        var label = level switch
        {
            LogLevel.Trace => "trace",
            LogLevel.Debug => "debug",
            LogLevel.Information => "info",
            LogLevel.Warning => "warning",
            LogLevel.Error => "error",
            _ => "critical",
        };

        lock (_gate)
        {
            var at = _minimum <= LogLevel.Trace
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" +{_clock.Elapsed.TotalSeconds:0.000}s")
                : "";
            _writer.WriteLine($"fishdens: {label}{at}: {message}");

            if (exception is not null && _minimum <= LogLevel.Trace)
            {
                _writer.WriteLine(exception.ToString());
            }
        }
    }

    private sealed class WriterLogger(WriterLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) =>
            logLevel >= provider._minimum
            && logLevel != LogLevel.None
            && (!provider.HoldInformation || logLevel >= LogLevel.Warning);

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(logLevel, formatter(state, exception), exception);
            }
        }
    }
}
