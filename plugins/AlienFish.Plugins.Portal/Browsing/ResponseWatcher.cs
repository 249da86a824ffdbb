using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace AlienFish.Plugins.Portal.Browsing;

/// <summary>
/// Watches every response of a browser context and passes HTTP errors of documents and
/// script requests to the <see cref="FlowGuard"/> that owns the page they belong to.
/// </summary>
internal sealed class ResponseWatcher
{
    private readonly ConcurrentDictionary<IPage, FlowGuard> _owners = new();
    private readonly ConcurrentDictionary<IPage, IResponse> _unclaimed = new();

    public ResponseWatcher(IBrowserContext context)
    {
        context.Response += (_, response) => OnResponse(response);
    }

    public void Claim(IPage page, FlowGuard guard)
    {
        _owners[page] = guard;

        if (_unclaimed.TryRemove(page, out var response))
        {
            guard.Fail(response);
        }
    }

    private void OnResponse(IResponse response)
    {
        if (response.Status < 400 || response.Request.ResourceType is not ("document" or "xhr" or "fetch"))
        {
            return;
        }

        IPage? page;

        try
        {
            page = response.Frame.Page;
        }
        catch (PlaywrightException)
        {
            // A service worker's request has no frame, and no flow waits on it.
            return;
        }

        if (_owners.TryGetValue(page, out var guard))
        {
            guard.Fail(response);
        }
        else
        {
            _unclaimed.TryAdd(page, response);
        }
    }
}
