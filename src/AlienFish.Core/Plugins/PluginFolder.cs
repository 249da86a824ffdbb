namespace AlienFish.Core.Plugins;

/// <summary>A plugin folder not loaded yet, with the contract interfaces its metadata names (null: unknown).</summary>
internal sealed record PluginFolder(string Path, IReadOnlySet<string>? Interfaces);
