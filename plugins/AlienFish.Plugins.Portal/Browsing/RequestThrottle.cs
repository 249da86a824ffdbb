using System.Diagnostics;

namespace AlienFish.Plugins.Portal.Browsing;

/// <summary>
/// Politeness towards the portal: steps that make the browser ask the server for something
/// start at least <c>delay-ms</c> apart, across all pages of a session.
/// </summary>
internal sealed class RequestThrottle
{
    private readonly TimeSpan _gap;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _last;

    public RequestThrottle(int delayMs)
    {
        _gap = TimeSpan.FromMilliseconds(delayMs);
    }

    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);

        try
        {
            var wait = _last is { } last ? last + _gap - _clock.Elapsed : TimeSpan.Zero;

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            _last = _clock.Elapsed;
        }
        finally
        {
            _turn.Release();
        }
    }
}
