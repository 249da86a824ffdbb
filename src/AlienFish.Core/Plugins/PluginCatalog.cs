using AlienFish.Abstractions;

namespace AlienFish.Core.Plugins;

/// <summary>The plugins that loaded and those that were skipped, with lookups by kind and name.</summary>
public sealed class PluginCatalog
{
    public PluginCatalog(IReadOnlyList<LoadedPlugin> plugins, IReadOnlyList<PluginFailure> failures)
    {
        Plugins = plugins;
        Failures = failures;
    }

    public IReadOnlyList<LoadedPlugin> Plugins { get; }

    public IReadOnlyList<PluginFailure> Failures { get; }

    public IEnumerable<T> All<T>()
        where T : class, IFishdensPlugin =>
        Plugins.Select(p => p.Instance).OfType<T>();

    /// <summary>
    /// The plugin of type <typeparamref name="T"/> with this name, or a message listing those installed.
    /// </summary>
    public T Get<T>(string name, string kindWords)
        where T : class, IFishdensPlugin
    {
        var found = All<T>()
            .FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

        if (found is not null)
        {
            return found;
        }

        var installed = string.Join(", ", All<T>().Select(p => p.Name).Order(StringComparer.Ordinal));
        var choice = installed.Length == 0 ? "none is installed" : $"installed: {installed}";
        var failed = Failures
            .FirstOrDefault(f => string.Equals(f.Plugin, name, StringComparison.OrdinalIgnoreCase));
        var hint = failed is null ? "" : $"; it failed to load: {failed.Reason}";

        throw new PluginNotFoundException($"no {kindWords} plugin named '{name}' ({choice}){hint}");
    }

    public LoadedPlugin Describe(IFishdensPlugin instance) =>
        Plugins.First(p => ReferenceEquals(p.Instance, instance));
}
