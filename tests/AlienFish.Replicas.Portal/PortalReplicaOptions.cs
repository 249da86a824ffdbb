namespace AlienFish.Replicas.Portal;

/// <summary>
/// How the replica behaves: how slow and unreliable it is, and how many sites it accepts in
/// one request. The defaults are a well-behaved but slow portal; tests turn up the trouble.
/// </summary>
public sealed class PortalReplicaOptions
{
    /// <summary>Seeds every random delay and failure, so a run can be repeated.</summary>
    public int Seed { get; init; } = 20240601;

    /// <summary>Shortest server-side delay before a response, in milliseconds.</summary>
    public int MinDelayMs { get; init; } = 5;

    /// <summary>Longest server-side delay before a response, in milliseconds.</summary>
    public int MaxDelayMs { get; init; } = 80;

    /// <summary>Shortest delay the page's script waits before it draws a list it received.</summary>
    public int MinRenderDelayMs { get; init; } = 30;

    /// <summary>Longest delay the page's script waits before it draws a list it received.</summary>
    public int MaxRenderDelayMs { get; init; } = 250;

    /// <summary>Share of requests (0 to 1) answered with HTTP 500, drawn from <see cref="Seed"/>.</summary>
    public double FailureRate { get; init; }

    /// <summary>The first this many download requests are answered with HTTP 500.</summary>
    public int FailFirstDownloads { get; init; }

    /// <summary>
    /// Most sites one search or download may name; more are refused with the portal's HTML
    /// error page. The real portal is reported to stop at about 15.
    /// </summary>
    public int SiteLimit { get; init; } = 15;

    /// <summary>
    /// The id of the 검색 button on both search pages, so a test can rename it the way a
    /// portal redesign would.
    /// </summary>
    public string SearchButtonId { get; init; } = "btnSearch";

    /// <summary>The folder holding <c>fish/</c> and <c>water-quality/</c>; the checkout's
    /// <c>samples/geum</c> when left empty.</summary>
    public string? SampleFolder { get; init; }
}
