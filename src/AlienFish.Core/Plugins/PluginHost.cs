using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using AlienFish.Abstractions;
using McMaster.NETCore.Plugins;
using McMaster.NETCore.Plugins.Loader;
using Microsoft.Extensions.Logging;

namespace AlienFish.Core.Plugins;

/// <summary>
/// Finds plugin folders and loads each plugin in its own load context, sharing only the
/// contract. A plugin that fails is reported with its reason and skipped; the others load.
/// </summary>
/// <remarks>
/// A plugin folder holds <c>NAME.dll</c> (the folder's own name) with its dependencies, as
/// <c>dotnet publish</c> of a project with <c>EnableDynamicLoading</c> writes it. A root
/// folder given to the host is either such a folder or a folder of them.
/// </remarks>
public static class PluginHost
{
    /// <summary>The folder of plugins that ships with the tool.</summary>
    public static string BuiltInFolder => Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>
    /// Finds the plugin folders under <paramref name="roots"/>. Each is loaded when a command
    /// first asks for a kind of plugin it may hold (read from its metadata), or for them all.
    /// </summary>
    /// <param name="failed">Told of each plugin that fails, when it fails to load.</param>
    public static PluginCatalog Load(IEnumerable<string> roots, Action<PluginFailure>? failed = null)
    {
        var folders = roots.SelectMany(Scanned)
            .DistinctBy(folder => folder.Path, StringComparer.Ordinal)
            .ToList();

        return new PluginCatalog(folders, LoadFolder, failed);
    }

    /// <summary>
    /// Starts reading the metadata of the plugins under <paramref name="root"/> on the thread
    /// pool, while the command line is still being parsed; the next <see cref="Load"/> of that
    /// root takes the result instead of reading it again.
    /// </summary>
    public static void Prescan(string root)
    {
        var scan = new Lazy<IReadOnlyList<PluginFolder>>(() => Scan(root));

        if (Prescans.TryAdd(Path.GetFullPath(root), scan))
        {
            _ = Task.Run(() => scan.Value);
        }
    }

    /// <summary>Prescans waiting to be taken, each by one <see cref="Load"/>.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<PluginFolder>>> Prescans =
        new(StringComparer.Ordinal);

    private static IReadOnlyList<PluginFolder> Scanned(string root) =>
        Prescans.TryRemove(Path.GetFullPath(root), out var scan) ? scan.Value : Scan(root);

    private static IReadOnlyList<PluginFolder> Scan(string root) =>
        PluginFolders(root)
            .Select(folder => new PluginFolder(folder, MainAssembly(folder) is { } dll ? PluginScan.Interfaces(dll) : null))
            .ToList();

    private static IEnumerable<string> PluginFolders(string root)
    {
        var full = Path.GetFullPath(root);

        if (!Directory.Exists(full))
        {
            return [];
        }

        if (MainAssembly(full) is not null)
        {
            return [full];
        }

        return Directory.GetDirectories(full).Order(StringComparer.Ordinal);
    }

    private static string? MainAssembly(string folder)
    {
        var named = Path.Combine(folder, Path.GetFileName(folder) + ".dll");
        return File.Exists(named) ? named : null;
    }

    private static void LoadFolder(
        string folder, List<LoadedPlugin> plugins, List<PluginFailure> failures)
    {
        var name = Path.GetFileName(folder);
        var dll = MainAssembly(folder);

        if (dll is null)
        {
            failures.Add(new PluginFailure(name, folder,
                $"the folder has no {name}.dll; "
                + "publish the plugin into a folder named after its assembly"));
            return;
        }

        Assembly assembly;

        try
        {
            var context = LoadContext(dll);
            assembly = context.LoadFromAssemblyPath(dll);
        }
        catch (Exception e)
            when (e is BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            failures.Add(new PluginFailure(name, folder, $"{name}.dll could not be loaded: {e.Message}"));
            return;
        }

        var entries = assembly.GetCustomAttributes<FishdensPluginAttribute>().ToList();

        if (entries.Count == 0)
        {
            failures.Add(new PluginFailure(name, folder,
                $"{name}.dll declares no [assembly: FishdensPlugin(typeof(...))] entry"));
            return;
        }

        foreach (var entry in entries)
        {
            var loaded = Create(entry, assembly, folder, name, out var failure);

            if (failure is not null)
            {
                failures.Add(failure);
            }
            else if (plugins.FirstOrDefault(
                p => string.Equals(p.Name, loaded!.Name, StringComparison.OrdinalIgnoreCase)) is { } taken)
            {
                failures.Add(new PluginFailure(loaded!.Name, folder,
                    $"the name is already used by the plugin in {taken.Folder}"));
            }
            else
            {
                plugins.Add(loaded!);
            }
        }
    }

    /// <summary>
    /// The plugin's own load context: its dependencies from its folder (by its deps.json),
    /// the contract and the logging interfaces from the host, so both sides see one type.
    /// </summary>
    /// <remarks>
    /// McMaster's <see cref="PluginLoader"/> builds the same context and also deserialises
    /// every runtimeconfig.json beside the host and the plugin, looking for extra probing
    /// folders. The host's names none and published plugins never do, yet that reading costs
    /// a short command most of its plugin loading time. A plugin whose runtime configuration
    /// does name probing folders (a runtimeconfig.dev.json, or additionalProbingPaths in its
    /// runtimeconfig.json) still goes through <see cref="PluginLoader"/>.
    /// </remarks>
    private static AssemblyLoadContext LoadContext(string dll)
    {
        if (NamesProbingFolders(dll))
        {
            var loader = PluginLoader.CreateFromAssemblyFile(
                dll, SharedTypes, config => config.PreferSharedTypes = true);
            return loader.LoadContext;
        }

        var builder = new AssemblyLoadContextBuilder()
            .SetMainAssemblyPath(dll)
            .PreferDefaultLoadContext(true);

        foreach (var shared in SharedTypes.Select(t => t.Assembly).Distinct())
        {
            builder.PreferDefaultLoadContextAssembly(shared.GetName());
        }

        return builder.Build();
    }

    private static bool NamesProbingFolders(string dll)
    {
        var config = Path.ChangeExtension(dll, ".runtimeconfig.json");

        return File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.dev.json"))
            || (File.Exists(config) && File.ReadAllText(config).Contains("additionalProbingPaths", StringComparison.Ordinal));
    }

    private static readonly Type[] SharedTypes = [typeof(IFishdensPlugin), typeof(ILogger)];

    private static LoadedPlugin? Create(
        FishdensPluginAttribute entry, Assembly assembly, string folder, string name, out PluginFailure? failure)
    {
        failure = null;

        if (entry.ContractVersion != PluginContract.Version)
        {
            failure = new PluginFailure(name, folder,
                $"it was built for plugin contract version {entry.ContractVersion}, "
                + $"this fishdens has version {PluginContract.Version}; "
                + $"rebuild it against AlienFish.Abstractions {PluginContract.Version}");
            return null;
        }

        if (!typeof(IFishdensPlugin).IsAssignableFrom(entry.EntryType))
        {
            failure = new PluginFailure(name, folder,
                $"its entry type {entry.EntryType.FullName} does not implement {nameof(IFishdensPlugin)}");
            return null;
        }

        IFishdensPlugin instance;

        try
        {
            instance = (IFishdensPlugin)Activator.CreateInstance(entry.EntryType)!;
        }
        catch (Exception e)
        {
            var inner = e is TargetInvocationException { InnerException: { } cause } ? cause : e;
            failure = new PluginFailure(name, folder,
                $"creating {entry.EntryType.Name} threw {inner.GetType().Name}: {inner.Message}");
            return null;
        }

        var version = instance is IModel model ? model.Version : AssemblyVersion(assembly);
        return new LoadedPlugin(instance.Name, instance.Kind, version, folder, instance);
    }

    private static string AssemblyVersion(Assembly assembly)
    {
        var informational = assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);

        return plus < 0 ? version : version[..plus];
    }
}
