using AlienFish.Abstractions;
using Microsoft.Extensions.Logging;

namespace AlienFish.Plugins.OpenApi.Tests;

/// <summary>What the host lends a crawl source, with a logger the test reads back.</summary>
internal sealed class TestCrawlContext : ICrawlContext
{
    public CapturingLogger Log { get; } = new();

    public ILogger Logger => Log;

    public string WorkFolder { get; } = Path.GetTempPath();
}
