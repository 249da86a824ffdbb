using AlienFish.Plugins.Portal.Profiles;
using Microsoft.Playwright;

namespace AlienFish.Plugins.Portal.Browsing;

/// <summary>
/// The browser side of a crawl. One headless browser serves every run of the steps, each in
/// a context of its own (cookies, pages and downloads), since starting Chromium costs more
/// than a whole batch on a small machine. A run that ends where the next can go on (the
/// plan's site list, a batch's results) leaves its tab open for that next run. A try that
/// fails half-way (a form post answered with HTTP 500 can leave Chromium unable to close
/// that page) discards the browser and its kept tabs, so the next try starts clean. At most
/// <c>pages</c> runs are open at a time, and all share one politeness throttle.
/// </summary>
internal sealed class BrowserSession : IDisposable
{
    /// <summary>
    /// Keeps Chromium from calling home (updates, sync, field trials) so that the portal is
    /// the only host it talks to; the last two let it run in containers without a GPU.
    /// </summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-gpu",
        "--no-sandbox",
    ];

    /// <summary>A cold start of Chromium on a small machine can take many seconds; steps need far less.</summary>
    private const int LaunchTimeoutMs = 60000;

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly IPlaywright _playwright;
    private readonly string _executable;
    private readonly PortalOptions _options;
    private readonly PortalProfile _profile;
    private readonly SemaphoreSlim _pages;
    private readonly SemaphoreSlim _launch = new(1, 1);
    private readonly List<PortalTab> _kept = [];
    private IBrowser? _browser;

    private BrowserSession(IPlaywright playwright, string executable, PortalOptions options, PortalProfile profile)
    {
        _playwright = playwright;
        _executable = executable;
        _options = options;
        _profile = profile;
        _pages = new SemaphoreSlim(options.Pages, options.Pages);
        Throttle = new RequestThrottle(options.DelayMs);
    }

    public RequestThrottle Throttle { get; }

    /// <summary>Starts Playwright's driver and finds the browser, failing clearly when there is none.</summary>
    public static async Task<BrowserSession> OpenAsync(PortalOptions options, PortalProfile profile)
    {
        var playwright = await Playwright.CreateAsync();

        try
        {
            var executable = BrowserLocator.ForThisMachine().Find(options.Browser, OwnChromium(playwright));

            return new BrowserSession(playwright, executable, options, profile);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a kept tab whose state is one of
    /// <paramref name="resumable"/> (the first found, in that order), or else on a page of a
    /// fresh context of the session's browser. When the work leaves a state on the tab, the
    /// tab is kept for a later run; otherwise its context is closed.
    /// </summary>
    public async Task<T> WithTabAsync<T>(
        IReadOnlyList<string> resumable, Func<PortalTab, Task<T>> work, CancellationToken cancellationToken)
    {
        await _pages.WaitAsync(cancellationToken);
        IBrowser? browser = null;

        try
        {
            browser = await BrowserAsync(cancellationToken);
            var tab = TakeKept(browser, resumable) ?? await NewTabAsync(browser);
            var result = await work(tab);

            if (tab.State is null)
            {
                await CloseAsync(tab.Context.CloseAsync());
            }
            else
            {
                await KeepAsync(tab);
            }

            return result;
        }
        catch
        {
            if (browser is not null)
            {
                await DiscardAsync(browser);
            }

            throw;
        }
        finally
        {
            _pages.Release();
        }
    }

    public void Dispose()
    {
        if (_browser is { } browser)
        {
            CloseAsync(browser.CloseAsync()).GetAwaiter().GetResult();
        }

        _playwright.Dispose();
    }

    private async Task<PortalTab> NewTabAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            UserAgent = _profile.UserAgent,
            AcceptDownloads = true,
            Locale = "ko-KR",
        });
        context.SetDefaultTimeout(_options.TimeoutMs);

        return new PortalTab(browser, context, await context.NewPageAsync());
    }

    private PortalTab? TakeKept(IBrowser browser, IReadOnlyList<string> resumable)
    {
        lock (_kept)
        {
            foreach (var state in resumable)
            {
                var tab = _kept.FirstOrDefault(t => t.State == state && ReferenceEquals(t.Browser, browser) && t.IsOpen);

                if (tab is not null)
                {
                    _kept.Remove(tab);

                    return tab;
                }
            }
        }

        return null;
    }

    /// <summary>Keeps the tab, closing the oldest kept one when more are open than pages allowed.</summary>
    private async Task KeepAsync(PortalTab tab)
    {
        PortalTab? oldest = null;

        lock (_kept)
        {
            _kept.Add(tab);

            if (_kept.Count > _options.Pages)
            {
                oldest = _kept[0];
                _kept.RemoveAt(0);
            }
        }

        if (oldest is not null)
        {
            await CloseAsync(oldest.Context.CloseAsync());
        }
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        await _launch.WaitAsync(cancellationToken);

        try
        {
            if (_browser is { IsConnected: true } running)
            {
                return running;
            }

            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = _executable,
                Headless = _options.Headless,
                Args = Arguments,
                Timeout = Math.Max(_options.TimeoutMs, LaunchTimeoutMs),
            });

            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    private async Task DiscardAsync(IBrowser browser)
    {
        await _launch.WaitAsync();

        try
        {
            if (ReferenceEquals(_browser, browser))
            {
                _browser = null;
            }

            lock (_kept)
            {
                _kept.RemoveAll(t => ReferenceEquals(t.Browser, browser));
            }
        }
        finally
        {
            _launch.Release();
        }

        await CloseAsync(browser.CloseAsync());
    }

    /// <summary>Waits a bounded time for a browser or context to close; disposing the driver ends it otherwise.</summary>
    private static async Task CloseAsync(Task closing)
    {
        FlowGuard.Observe(closing);
        await Task.WhenAny(closing, Task.Delay(CloseTimeout));
    }

    private static string? OwnChromium(IPlaywright playwright)
    {
        try
        {
            return playwright.Chromium.ExecutablePath;
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }
}
