namespace AlienFish.Abstractions;

/// <summary>
/// The version of the plugin contract. A plugin records the version it was compiled
/// against in <see cref="FishdensPluginAttribute"/>; the host refuses plugins built for
/// another major version of the contract.
/// </summary>
public static class PluginContract
{
    /// <summary>
    /// Raised whenever an interface or record in this assembly changes shape. Adding an
    /// optional interface that a trained model may also implement (such as
    /// <see cref="ILatentModel"/> or <see cref="IPresenceModel"/>), or a property with a default
    /// to a record the host creates, does not raise it: plugins built before it still load and
    /// behave as they did.
    /// </summary>
    public const int Version = 1;
}
