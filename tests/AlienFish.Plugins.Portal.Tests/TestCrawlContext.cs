using AlienFish.Abstractions;
using AlienFish.Testing;
using Microsoft.Extensions.Logging;

namespace AlienFish.Plugins.Portal.Tests;

/// <summary>What the host would lend the source: a work folder of its own and a logger that keeps lines.</summary>
internal sealed class TestCrawlContext : ICrawlContext, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LineLogger _logger = new();

    public ILogger Logger => _logger;

    public string WorkFolder => _folder.Path;

    public IReadOnlyList<string> Lines => _logger.Lines;

    public void Dispose() => _folder.Dispose();

    private sealed class LineLogger : ILogger
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return _lines.ToList();
                }
            }
        }

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
            lock (_lines)
            {
                _lines.Add($"{logLevel}: {formatter(state, exception)}");
            }
        }
    }
}
