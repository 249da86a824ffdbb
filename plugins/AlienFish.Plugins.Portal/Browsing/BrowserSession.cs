using AlienFish.Plugins.Portal.Profiles;
using Microsoft.Playwright;

namespace AlienFish.Plugins.Portal.Browsing;

/// <summary>
/// The browser side of one plan or one fetch. Every run of the steps gets a headless
/// browser of its own, so a try that failed half-way (a form post answered with HTTP 500
/// can leave Chromium unable to close that page) cannot disturb the next one. At most
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

    /// <summary>Runs <paramref name="work"/> on a page of a browser started for it alone.</summary>
    public async Task<T> WithPageAsync<T>(
        Func<IPage, ResponseWatcher, Task<T>> work, CancellationToken cancellationToken)
    {
        await _pages.WaitAsync(cancellationToken);
        IBrowser? browser = null;

        try
        {
            browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = _executable,
                Headless = _options.Headless,
                Args = Arguments,
                Timeout = Math.Max(_options.TimeoutMs, LaunchTimeoutMs),
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                UserAgent = _profile.UserAgent,
                AcceptDownloads = true,
                Locale = "ko-KR",
            });
            context.SetDefaultTimeout(_options.TimeoutMs);

            return await work(await context.NewPageAsync(), new ResponseWatcher(context));
        }
        finally
        {
            if (browser is not null)
            {
                await CloseAsync(browser);
            }

            _pages.Release();
        }
    }

    public void Dispose() => _playwright.Dispose();

    /// <summary>Waits a bounded time for the browser to close; disposing the driver ends it otherwise.</summary>
    private static async Task CloseAsync(IBrowser browser)
    {
        var closing = browser.CloseAsync();
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
