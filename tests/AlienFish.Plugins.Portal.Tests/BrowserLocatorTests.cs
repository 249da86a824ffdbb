using AlienFish.Abstractions;
using AlienFish.Plugins.Portal.Browsing;

namespace AlienFish.Plugins.Portal.Tests;

public sealed class BrowserLocatorTests
{
    [Fact]
    public void No_browser_anywhere_says_what_to_install()
    {
        var locator = new BrowserLocator(_ => false, "/usr/local/bin:/usr/bin");

        var error = Assert.Throws<SourceFormatException>(() => locator.Find(null, "/root/.cache/ms-playwright/chrome"));

        Assert.Equal(
            "portal: no browser found (looked for the 'browser' setting, Playwright's Chromium, google-chrome, "
            + "/opt/google/chrome/chrome, /usr/bin/chromium and chromium-browser); install one with "
            + "'apt-get install chromium', or give its path with --set browser=PATH",
            error.Message);
    }

    [Fact]
    public void Browser_setting_that_does_not_exist_is_named()
    {
        var locator = new BrowserLocator(_ => true, null);

        var error = Assert.Throws<SourceFormatException>(
            () => new BrowserLocator(_ => false, null).Find("/opt/nothing/chrome", null));

        Assert.Equal("/opt/nothing/chrome", locator.Find("/opt/nothing/chrome", null));
        Assert.Equal(
            "portal: setting 'browser' names '/opt/nothing/chrome', which does not exist; "
            + "give the path of a Chrome or Chromium executable with --set browser=PATH",
            error.Message);
    }

    [Theory]
    [InlineData("/pw/chrome,/usr/bin/google-chrome,/usr/bin/chromium", "/pw/chrome")]
    [InlineData("/usr/bin/google-chrome,/opt/google/chrome/chrome,/usr/bin/chromium", "/usr/bin/google-chrome")]
    [InlineData("/opt/google/chrome/chrome,/usr/bin/chromium", "/opt/google/chrome/chrome")]
    [InlineData("/usr/bin/chromium,/usr/bin/chromium-browser", "/usr/bin/chromium")]
    [InlineData("/usr/bin/chromium-browser", "/usr/bin/chromium-browser")]
    public void Playwright_s_browser_comes_first_then_chrome_then_chromium(string present, string expected)
    {
        var files = present.Split(',').ToHashSet();
        var locator = new BrowserLocator(files.Contains, "/usr/local/bin:/usr/bin");

        Assert.Equal(expected, locator.Find(null, "/pw/chrome"));
    }
}
