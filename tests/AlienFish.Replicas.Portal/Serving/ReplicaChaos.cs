namespace AlienFish.Replicas.Portal.Serving;

/// <summary>
/// The replica's bad manners, all drawn from one seeded generator: how long each answer
/// takes, how long the page's script waits before drawing, and which requests fail.
/// </summary>
internal sealed class ReplicaChaos
{
    private readonly PortalReplicaOptions _options;
    private readonly Random _random;
    private readonly Lock _lock = new();
    private int _downloadsToFail;

    public ReplicaChaos(PortalReplicaOptions options)
    {
        _options = options;
        _random = new Random(options.Seed);
        _downloadsToFail = options.FailFirstDownloads;
    }

    public TimeSpan NextServerDelay() => TimeSpan.FromMilliseconds(Next(_options.MinDelayMs, _options.MaxDelayMs));

    public int NextRenderDelayMs() => Next(_options.MinRenderDelayMs, _options.MaxRenderDelayMs);

    public bool ShouldFail()
    {
        lock (_lock)
        {
            return _options.FailureRate > 0 && _random.NextDouble() < _options.FailureRate;
        }
    }

    /// <summary>Counts down <see cref="PortalReplicaOptions.FailFirstDownloads"/>.</summary>
    public bool ShouldFailDownload()
    {
        lock (_lock)
        {
            if (_downloadsToFail <= 0)
            {
                return false;
            }

            _downloadsToFail--;

            return true;
        }
    }

    private int Next(int min, int max)
    {
        lock (_lock)
        {
            return max <= min ? Math.Max(min, 0) : _random.Next(min, max + 1);
        }
    }
}
