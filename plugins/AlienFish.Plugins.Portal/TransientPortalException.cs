namespace AlienFish.Plugins.Portal;

/// <summary>
/// A failure worth trying again: an HTTP error, the portal's error message, a page that
/// did not reach the expected state in time.
/// </summary>
internal sealed class TransientPortalException(string message) : Exception(message);
