namespace AlienFish.Plugins.Portal.Profiles;

/// <summary>
/// The steps for one dataset: <see cref="Plan"/> opens the site list of a basin, and
/// <see cref="Fetch"/> ticks a batch of sites, searches and downloads.
/// </summary>
internal sealed record DatasetProfile(
    SiteListProfile Sites, IReadOnlyList<PortalStep> Plan, IReadOnlyList<PortalStep> Fetch);
