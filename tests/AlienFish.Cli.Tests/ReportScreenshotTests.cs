using Microsoft.Playwright;

namespace AlienFish.Cli.Tests;

/// <summary>
/// The sample's report opened in headless Chromium with every request refused: each plot must
/// take up room on the page, hold drawn shapes, and show more than its background in a screenshot.
/// </summary>
[Collection(SampleReportCollection.Name)]
public sealed class ReportScreenshotTests
{
    /// <summary>The share of a plot's pixels, at least, that must differ from its background.</summary>
    private const double InkShare = 0.01;

    /// <summary>
    /// A colour each kind of plot draws and the page around it does not, so a box that shows
    /// ink but the wrong thing still fails: the 1:1 line, the map's fill, the curves, the
    /// grey of surveys that caught nothing, the bars.
    /// </summary>
    private static readonly Dictionary<string, (byte R, byte G, byte B)> Signature = new()
    {
        ["observed-predicted"] = (0xe5, 0x3e, 0x3e),
        ["reach-map"] = (0xee, 0xf4, 0xf8),
        ["response-curves"] = (0x2b, 0x6c, 0xb0),
        ["latent-map"] = (0xcc, 0xcc, 0xcc),
        ["distance-histogram"] = (0x2f, 0x85, 0x5a),
    };

    private static readonly string[] Arguments =
    [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-gpu",
        "--no-sandbox",
    ];

    private readonly SampleReport _sample;

    public ReportScreenshotTests(SampleReport sample)
    {
        _sample = sample;
    }

    [ChromiumFact]
    public async Task Should_render_every_plot_offline_with_ink_inside_its_box()
    {
        // Given the report open in Chromium, offline, with any request it makes recorded and refused
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Find(),
            Headless = true,
            Args = Arguments,
            Timeout = 60000,
        });

        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Offline = true,
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            DeviceScaleFactor = 1,
        });

        var page = await context.NewPageAsync();
        var requests = new List<string>();
        await page.RouteAsync("**/*", route =>
        {
            requests.Add(route.Request.Url);
            return route.AbortAsync();
        });

        await page.SetContentAsync(_sample.Html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });

        // When every plot is measured and the whole page is photographed
        var plots = await page.Locator("svg.plot").AllAsync();
        var boxes = new List<(string Kind, string Plot, LocatorBoundingBoxResult Box)>();

        foreach (var plot in plots)
        {
            var kind = await plot.EvaluateAsync<string>("e => e.dataset.plot");
            var name = kind + " " + await plot.EvaluateAsync<string>("e => e.dataset.species || ''");
            var shapes = await plot.EvaluateAsync<int>(
                "e => e.querySelectorAll('circle, rect, line, polyline, polygon, path').length");
            var box = await plot.BoundingBoxAsync();

            Assert.True(shapes > 0, $"{name} has no drawn shapes");
            Assert.True(box is { Width: > 0, Height: > 0 }, $"{name} takes no room on the page");
            boxes.Add((kind, name, box!));
        }

        var screenshot = PngImage.Read(await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true }));

        // Then there are the plots of five species and one histogram, nothing was fetched,
        // and each plot's box in the screenshot holds more than its background colour
        Assert.Equal((5 * 3) + 2, boxes.Count);
        Assert.Empty(requests);

        foreach (var (kind, name, box) in boxes)
        {
            var (ink, area) = Ink(screenshot, box);
            var signature = Pixels(screenshot, box).Count(p => Distance(p, Signature[kind]) <= 60);

            Assert.True(ink >= area * InkShare, $"{name}: {ink} of {area} pixels differ from the background");
            Assert.True(signature >= 20, $"{name}: only {signature} pixels near its own colour {Signature[kind]}");
        }
    }

    /// <summary>Pixels in the box that differ clearly from its commonest colour, and all pixels in it.</summary>
    private static (int Ink, int Area) Ink(PngImage image, LocatorBoundingBoxResult box)
    {
        var colours = Pixels(image, box).CountBy(p => p).ToList();
        var background = colours.MaxBy(c => c.Value).Key;
        var ink = colours.Where(c => Distance(c.Key, background) > 48).Sum(c => c.Value);

        return (ink, colours.Sum(c => c.Value));
    }

    private static IEnumerable<(byte R, byte G, byte B)> Pixels(PngImage image, LocatorBoundingBoxResult box)
    {
        var (left, top) = ((int)Math.Ceiling(box.X), (int)Math.Ceiling(box.Y));
        var right = Math.Min(image.Width, (int)Math.Floor(box.X + box.Width));
        var bottom = Math.Min(image.Height, (int)Math.Floor(box.Y + box.Height));

        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                yield return image.Pixel(x, y);
            }
        }
    }

    private static int Distance((byte R, byte G, byte B) a, (byte R, byte G, byte B) b) =>
        Math.Abs(a.R - b.R) + Math.Abs(a.G - b.G) + Math.Abs(a.B - b.B);
}
