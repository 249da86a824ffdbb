using AlienFish.Abstractions;

namespace AlienFish.Core.Plugins;

/// <summary>
/// The plugins that loaded and those that were skipped, with lookups by kind and name. A
/// plugin folder is loaded when a lookup asks for a kind it may hold, so that a command
/// pays only for the plugins it uses; <see cref="Plugins"/> and <see cref="Failures"/>
/// load them all.
/// </summary>
public sealed class PluginCatalog
{
    private readonly List<PluginFolder> _pending;
    private readonly Action<string, List<LoadedPlugin>, List<PluginFailure>> _load;
    private readonly Action<PluginFailure>? _failed;
    private readonly List<LoadedPlugin> _plugins = [];
    private readonly List<PluginFailure> _failures = [];
    private readonly Lock _gate = new();

    internal PluginCatalog(
        IReadOnlyList<PluginFolder> folders,
        Action<string, List<LoadedPlugin>, List<PluginFailure>> load,
        Action<PluginFailure>? failed)
    {
        _pending = [.. folders];
        _load = load;
        _failed = failed;
    }

    public IReadOnlyList<LoadedPlugin> Plugins
    {
        get
        {
            LoadWhere(_ => true);
            return Snapshot(_plugins);
        }
    }

    public IReadOnlyList<PluginFailure> Failures
    {
        get
        {
            LoadWhere(_ => true);
            return Snapshot(_failures);
        }
    }

    public IEnumerable<T> All<T>()
        where T : class, IFishdensPlugin
    {
        var kind = typeof(T).FullName!;
        LoadWhere(folder => folder.Interfaces?.Contains(kind) ?? true);

        return Snapshot(_plugins).Select(p => p.Instance).OfType<T>();
    }

    /// <summary>
    /// The plugin of type <typeparamref name="T"/> with this name, or a message listing those installed.
    /// </summary>
    public T Get<T>(string name, string kindWords)
        where T : class, IFishdensPlugin
    {
        var candidates = All<T>().ToList();
        var found = candidates.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

        if (found is not null)
        {
            return found;
        }

        var installed = string.Join(", ", candidates.Select(p => p.Name).Order(StringComparer.Ordinal));
        var choice = installed.Length == 0 ? "none is installed" : $"installed: {installed}";
        var failed = Snapshot(_failures)
            .FirstOrDefault(f => string.Equals(f.Plugin, name, StringComparison.OrdinalIgnoreCase));
        var hint = failed is null ? "" : $"; it failed to load: {failed.Reason}";

        throw new PluginNotFoundException($"no {kindWords} plugin named '{name}' ({choice}){hint}");
    }

    public LoadedPlugin Describe(IFishdensPlugin instance) =>
        Snapshot(_plugins).First(p => ReferenceEquals(p.Instance, instance));

    /// <summary>Loads, in folder order, the pending folders that match.</summary>
    private void LoadWhere(Func<PluginFolder, bool> wanted)
    {
        lock (_gate)
        {
            foreach (var folder in _pending.Where(wanted).ToList())
            {
                var failuresBefore = _failures.Count;
                _load(folder.Path, _plugins, _failures);
                _pending.Remove(folder);

                foreach (var failure in _failures.Skip(failuresBefore))
                {
                    _failed?.Invoke(failure);
                }
            }
        }
    }

    private List<TItem> Snapshot<TItem>(List<TItem> items)
    {
        lock (_gate)
        {
            return [.. items];
        }
    }
}
