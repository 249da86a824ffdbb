namespace AlienFish.Abstractions;

/// <summary>
/// The version of the plugin contract. A plugin records the version it was compiled
/// against in <see cref="FishdensPluginAttribute"/>; the host refuses plugins built for
/// another major version of the contract.
/// </summary>
public static class PluginContract
{
    /// <summary>Raised whenever an interface or record in this assembly changes shape.</summary>
    public const int Version = 1;
}
