namespace AlienFish.Plugins.Portal;

/// <summary>The dataset names of a crawl request that the portal source serves.</summary>
internal static class PortalDatasets
{
    public const string Fish = "fish";

    public const string WaterQuality = "water-quality";
}
