using Microsoft.Playwright;

namespace AlienFish.Plugins.Portal.Browsing;

/// <summary>
/// One browser context and its open pages (the page at the bottom, popups above it), kept
/// by the session between runs of the steps together with the state the last run left it
/// in, so that the next run can go on from there instead of starting from the portal's
/// front page.
/// </summary>
internal sealed class PortalTab
{
    public PortalTab(IBrowser browser, IBrowserContext context, IPage page)
    {
        Browser = browser;
        Context = context;
        Pages = new Stack<IPage>([page]);
        Watcher = new ResponseWatcher(context);
    }

    public IBrowser Browser { get; }

    public IBrowserContext Context { get; }

    public Stack<IPage> Pages { get; }

    public ResponseWatcher Watcher { get; }

    /// <summary>
    /// Where the last run left the pages, for example <c>site-list fish 금강/미호천</c>, or null
    /// for a fresh page or one that is not worth keeping. A run sets it on success.
    /// </summary>
    public string? State { get; set; }

    public bool IsOpen => Browser.IsConnected && Pages.All(p => !p.IsClosed);
}
