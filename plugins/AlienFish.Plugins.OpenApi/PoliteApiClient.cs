using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;

namespace AlienFish.Plugins.OpenApi;

/// <summary>
/// Sends the requests of one crawl the way a patient person with a browser would: one at a
/// time, with a pause of at least <c>delay-ms</c> between the end of one answer and the next
/// request, and a browser's User-Agent, since the portal turns away the default one of
/// HTTP libraries. Answers worth asking again (HTTP 5xx, HTML error pages, timeouts, result
/// code 01) are retried after pauses that double from <c>backoff-ms</c>; the rest end the crawl.
/// </summary>
internal sealed class PoliteApiClient : IDisposable
{
    public const string UserAgent =
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

    private readonly HttpClient _http;
    private readonly OpenApiSettings _settings;
    private readonly ServiceKey _key;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private long _lastAnswer;

    public PoliteApiClient(OpenApiSettings settings, ServiceKey key)
    {
        _settings = settings;
        _key = key;

        // Timeouts are set per attempt below, so that a slow answer counts as one failed attempt.
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };

        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
        _http.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "application/json, text/xml;q=0.9, */*;q=0.8");
        _http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.8");
    }

    /// <summary>One page and its body exactly as received, after as many attempts as it takes.</summary>
    public async Task<(ApiPage Page, byte[] Body)> GetAsync(
        ApiRequest request, ILogger logger, CancellationToken cancellationToken)
    {
        var url = request.PublicUrl(_settings.BaseAddress);
        var attempts = _settings.Retries + 1;

        for (var attempt = 1; ; attempt++)
        {
            logger.LogDebug("requesting {Url} (attempt {Attempt} of {Attempts})", url, attempt, attempts);
            var (answer, body) = await SendOnceAsync(request, cancellationToken);
            var reason = _key.Redact(answer.Reason);

            switch (answer.Kind)
            {
                case AnswerKind.Data:
                    return (answer.Page!, body);
                case AnswerKind.KeyRejected:
                    throw OpenApiErrors.KeyRejected(url, reason, answer.Code);
                case AnswerKind.QuotaExceeded:
                    throw OpenApiErrors.QuotaExceeded(url, reason, answer.Code);
                case AnswerKind.Refused:
                    throw OpenApiErrors.Refused(url, reason, answer.Code);
                case AnswerKind.UnknownShape:
                    throw OpenApiErrors.UnknownShape(url, reason);
            }

            if (attempt == attempts)
            {
                throw OpenApiErrors.GaveUp(url, attempts, reason);
            }

            var pause = _settings.Backoff * Math.Pow(2, attempt - 1);
            var milliseconds = pause.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            logger.LogWarning(
                "{Url} gave {Reason}; trying again in {Pause} ms (attempt {Next} of {Attempts})",
                url, reason, milliseconds, attempt + 1, attempts);

            await Task.Delay(pause, cancellationToken);
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _oneAtATime.Dispose();
    }

    private async Task<(ApiAnswer Answer, byte[] Body)> SendOnceAsync(
        ApiRequest request, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);

        try
        {
            await WaitForTurnAsync(cancellationToken);

            return await SendAsync(request, cancellationToken);
        }
        finally
        {
            _lastAnswer = Stopwatch.GetTimestamp();
            _oneAtATime.Release();
        }
    }

    private async Task<(ApiAnswer Answer, byte[] Body)> SendAsync(
        ApiRequest request, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(_settings.Timeout);

        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, request.SentUri(_settings.BaseAddress, _key));
            using var response = await _http.SendAsync(
                message, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
            var body = await response.Content.ReadAsByteArrayAsync(attempt.Token);

            return (ResponseReader.Read(response.StatusCode, body), body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var seconds = _settings.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);

            return (ApiAnswer.Transient($"no answer within {seconds} s"), []);
        }
        catch (HttpRequestException e)
        {
            // Connection failures name the host at most, but the key is stripped in case one ever says more.
            return (ApiAnswer.Transient(_key.Redact(e.Message)), []);
        }
    }

    private async Task WaitForTurnAsync(CancellationToken cancellationToken)
    {
        if (_lastAnswer == 0)
        {
            return;
        }

        var waited = Stopwatch.GetElapsedTime(_lastAnswer);

        if (waited < _settings.Delay)
        {
            await Task.Delay(_settings.Delay - waited, cancellationToken);
        }
    }
}
