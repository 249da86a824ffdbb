namespace AlienFish.Core.Plugins;

/// <summary>The user named a plugin that is not installed or is of another kind.</summary>
public sealed class PluginNotFoundException : Exception
{
    public PluginNotFoundException(string message)
        : base(message)
    {
    }
}
