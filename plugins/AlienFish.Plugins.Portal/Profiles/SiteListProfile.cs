namespace AlienFish.Plugins.Portal.Profiles;

/// <summary>Where the site popup shows its checkboxes, and which attributes hold code and name.</summary>
internal sealed record SiteListProfile(string Checkbox, string Code, string Name);
