namespace AlienFish.Plugins.Portal.Profiles;

/// <summary>
/// The portal as a file describes it: its address, the User-Agent to send, how its error
/// page looks, and the steps for each dataset.
/// </summary>
/// <param name="ErrorSelector">Matches the portal's error message, on a page or as the page.</param>
/// <param name="TooLargeText">Text of the error that refuses too many sites at once.</param>
internal sealed record PortalProfile(
    string Portal,
    string UserAgent,
    string ErrorSelector,
    string TooLargeText,
    IReadOnlyDictionary<string, DatasetProfile> Datasets);
