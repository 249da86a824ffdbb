namespace AlienFish.Plugins.Portal.Planning;

/// <summary>A survey reach or station as the portal's site popup lists it.</summary>
internal sealed record PortalSite(string Code, string Name);
