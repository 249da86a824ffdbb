using AlienFish.Plugins.Portal.Browsing;

namespace AlienFish.Plugins.Portal.Tests;

/// <summary>
/// A test that drives a real browser. It is skipped, saying why, only on a machine without
/// Chrome or Chromium; CI installs Chromium, so there these tests always run.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserLocator.ForThisMachine().TryFind(null) is null)
        {
            Skip = "no Chrome or Chromium on this machine; install one with 'apt-get install chromium'";
        }
    }
}
