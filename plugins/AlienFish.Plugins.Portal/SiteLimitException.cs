namespace AlienFish.Plugins.Portal;

/// <summary>The portal answered a batch with its "too many sites" error page.</summary>
internal sealed class SiteLimitException(string message) : Exception(message);
