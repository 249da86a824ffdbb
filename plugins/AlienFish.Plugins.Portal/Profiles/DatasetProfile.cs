namespace AlienFish.Plugins.Portal.Profiles;

/// <summary>
/// The steps for one dataset: <see cref="Plan"/> opens the site list of a basin, and
/// <see cref="Fetch"/> ticks a batch of sites, searches and downloads, from the portal's
/// page. The two optional lists go on from where an earlier run left the page, which saves
/// reloading the page and the site list for every batch: <see cref="FetchFromPlan"/> from
/// the site list the plan opened, <see cref="FetchNext"/> from the results of the previous
/// batch of the same basin and period. Without them every batch plays <see cref="Fetch"/>.
/// </summary>
internal sealed record DatasetProfile(
    SiteListProfile Sites,
    IReadOnlyList<PortalStep> Plan,
    IReadOnlyList<PortalStep> Fetch,
    IReadOnlyList<PortalStep>? FetchFromPlan = null,
    IReadOnlyList<PortalStep>? FetchNext = null);
