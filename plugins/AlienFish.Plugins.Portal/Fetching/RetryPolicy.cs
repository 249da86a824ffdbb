using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace AlienFish.Plugins.Portal.Fetching;

/// <summary>
/// Tries a flow again after timeouts, HTTP errors and the portal's error messages, waiting
/// twice as long before each new try. The "too many sites" refusal is not retried here:
/// asking again for the same batch would be refused again.
/// </summary>
internal sealed class RetryPolicy
{
    private readonly int _retries;
    private readonly int _backoffMs;
    private readonly ILogger _logger;

    public RetryPolicy(int retries, int backoffMs, ILogger logger)
    {
        _retries = retries;
        _backoffMs = backoffMs;
        _logger = logger;
    }

    public async Task<T> RunAsync<T>(string what, Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception e) when (e is TransientPortalException or PlaywrightException or TimeoutException)
            {
                var reason = FirstLine(e.Message);

                if (tries > _retries)
                {
                    throw PortalErrors.GaveUp(what, tries, reason);
                }

                var wait = TimeSpan.FromMilliseconds(_backoffMs * Math.Pow(2, tries - 1));
                _logger.LogWarning(
                    "{What} failed ({Reason}); trying again in {Wait} ms ({Try} of {Tries})",
                    what, reason, (int)wait.TotalMilliseconds, tries + 1, _retries + 1);
                await Task.Delay(wait, cancellationToken);
            }
        }
    }

    /// <summary>Playwright appends its call log to messages; the first line says what went wrong.</summary>
    private static string FirstLine(string message) =>
        message.Split('\n', 2)[0].Trim();
}
