namespace AlienFish.Core.Plugins;

/// <summary>A plugin that did not load, and why, in words a plugin author can act on.</summary>
public sealed record PluginFailure(string Plugin, string Folder, string Reason)
{
    public override string ToString() => $"plugin '{Plugin}' in {Folder} was skipped: {Reason}";
}
