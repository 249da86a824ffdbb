using System.Reflection;
using System.Runtime.Loader;
using AlienFish.Abstractions;
using AlienFish.Core.Plugins;
using AlienFish.Testing;

namespace AlienFish.Core.Tests;

public sealed class PluginHostTests
{
    private static string FixtureRoot => Path.Combine(AppContext.BaseDirectory, "fixture-plugins");

    [Fact]
    public void Should_load_a_compiled_plugin_from_its_folder()
    {
        // Given the fixture plugins published by the test build
        // When the host loads their root folder
        var catalog = PluginHost.Load([FixtureRoot]);

        // Then both entry types of the stations assembly are there with kind, version and folder
        Assert.Equal(["fixture-crawl", "fixture-stations"], catalog.Plugins.Select(p => p.Name).Order());
        Assert.IsAssignableFrom<ICrawlSource>(catalog.Plugins.Single(p => p.Name == "fixture-crawl").Instance);
        var plugin = catalog.Plugins.Single(p => p.Name == "fixture-stations");
        Assert.Equal("fixture-stations", plugin.Name);
        Assert.Equal(PluginKind.Source, plugin.Kind);
        Assert.Equal("0.1.0", plugin.Version);
        Assert.Equal(Path.Combine(FixtureRoot, "FixtureStations"), plugin.Folder);
        Assert.IsAssignableFrom<IFileSource>(plugin.Instance);
    }

    [Fact]
    public void Should_skip_a_plugin_built_for_another_contract_version_with_the_reason()
    {
        var catalog = PluginHost.Load([FixtureRoot]);

        var failure = Assert.Single(catalog.Failures, f => f.Plugin == "FixtureWrongContract");
        Assert.Equal(
            "it was built for plugin contract version 99, this fishdens has version 1; "
            + "rebuild it against AlienFish.Abstractions 1",
            failure.Reason);
    }

    [Fact]
    public void Should_skip_a_plugin_whose_constructor_throws_with_the_reason()
    {
        var catalog = PluginHost.Load([FixtureRoot]);

        var failure = Assert.Single(catalog.Failures, f => f.Plugin == "FixtureThrows");
        Assert.Equal(
            "creating RefusingMatcher threw InvalidOperationException: the fixture refuses to start",
            failure.Reason);
        Assert.Equal(
            $"plugin 'FixtureThrows' in {Path.Combine(FixtureRoot, "FixtureThrows")} was skipped: {failure.Reason}",
            failure.ToString());
    }

    [Fact]
    public void Should_report_a_plugin_folder_without_its_assembly_and_load_the_rest()
    {
        // Given a copy of the fixture root with an extra, empty plugin folder
        using var temp = new TempFolder();
        CopyFolder(FixtureRoot, temp.Path);
        Directory.CreateDirectory(temp.File("Missing"));

        // When it loads
        var catalog = PluginHost.Load([temp.Path]);

        // Then the empty folder is reported and the good plugin still loads
        var failure = Assert.Single(catalog.Failures, f => f.Plugin == "Missing");
        Assert.Equal(
            "the folder has no Missing.dll; publish the plugin into a folder named after its assembly",
            failure.Reason);
        Assert.Contains(catalog.Plugins, p => p.Name == "fixture-stations");
    }

    [Fact]
    public void Should_load_each_plugin_in_a_context_of_its_own_that_shares_the_contract()
    {
        var catalog = PluginHost.Load([FixtureRoot]);

        var plugin = catalog.Plugins.Single(p => p.Name == "fixture-stations");
        var context = AssemblyLoadContext.GetLoadContext(plugin.Instance.GetType().Assembly);
        Assert.NotNull(context);
        Assert.NotSame(AssemblyLoadContext.Default, context);
        Assert.Same(
            typeof(IFileSource).Assembly,
            context.LoadFromAssemblyName(typeof(IFileSource).Assembly.GetName()));
    }

    [Fact]
    public void Should_resolve_from_the_probing_folders_a_plugin_configuration_names()
    {
        // Given a copy of the fixtures where the stations plugin's runtimeconfig.dev.json names
        // a probing folder, and an assembly that only that folder holds
        using var temp = new TempFolder();
        CopyFolder(FixtureRoot, temp.Path);
        var probe = Directory.CreateDirectory(temp.File("probe")).FullName;
        File.Move(
            Path.Combine(temp.Path, "FixtureThrows", "FixtureThrows.dll"),
            Path.Combine(probe, "FixtureThrows.dll"));
        Directory.Delete(Path.Combine(temp.Path, "FixtureThrows"), recursive: true);
        File.WriteAllText(
            Path.Combine(temp.Path, "FixtureStations", "FixtureStations.runtimeconfig.dev.json"),
            $$"""{ "runtimeOptions": { "additionalProbingPaths": [ "{{probe}}" ] } }""");

        // When the plugin loads
        var plugin = PluginHost.Load([temp.Path]).Plugins.Single(p => p.Name == "fixture-stations");

        // Then its context finds the assembly in the probing folder
        var context = AssemblyLoadContext.GetLoadContext(plugin.Instance.GetType().Assembly)!;
        var found = context.LoadFromAssemblyName(new AssemblyName("FixtureThrows"));
        Assert.Equal(Path.Combine(probe, "FixtureThrows.dll"), found.Location);
    }

    [Fact]
    public void Should_take_a_prescan_once_and_read_the_folders_again_after_it()
    {
        // Given a copy of the fixtures whose metadata is read ahead
        using var temp = new TempFolder();
        CopyFolder(FixtureRoot, temp.Path);
        PluginHost.Prescan(temp.Path);

        // When it is loaded, a folder is added, and it is loaded again
        var first = PluginHost.Load([temp.Path]);
        Directory.CreateDirectory(temp.File("Missing"));
        var second = PluginHost.Load([temp.Path]);

        // Then the first load has the plugins, and the second reads the folders afresh
        Assert.Contains(first.Plugins, p => p.Name == "fixture-stations");
        Assert.Contains(second.Failures, f => f.Plugin == "Missing");
        Assert.Contains(second.Plugins, p => p.Name == "fixture-stations");
    }

    [Fact]
    public void Should_name_the_installed_plugins_when_asked_for_a_missing_one()
    {
        var catalog = PluginHost.Load([FixtureRoot]);

        var error = Assert.Throws<PluginNotFoundException>(() => catalog.Get<IFileSource>("portal", "source"));

        Assert.Equal("no source plugin named 'portal' (installed: fixture-stations)", error.Message);
    }

    [Fact]
    public void Should_say_why_a_plugin_asked_for_did_not_load()
    {
        var catalog = PluginHost.Load([FixtureRoot]);

        var error = Assert.Throws<PluginNotFoundException>(() => catalog.Get<IMatcher>("FixtureThrows", "matcher"));

        Assert.Equal(
            "no matcher plugin named 'FixtureThrows' (none is installed); it failed to load: "
            + "creating RefusingMatcher threw InvalidOperationException: the fixture refuses to start",
            error.Message);
    }

    [Fact]
    public void Should_load_only_the_plugins_that_may_hold_the_kind_asked_for()
    {
        // Given the fixture root: file sources and a crawler in one assembly, a file source
        // for another contract version, and a matcher whose constructor throws
        var reported = new List<PluginFailure>();
        var catalog = PluginHost.Load([FixtureRoot], reported.Add);

        // When file sources are asked for
        var sources = catalog.All<IFileSource>().Select(s => s.Name).ToList();

        // Then the file-source assemblies were loaded (the wrong version one reported), the
        // matcher's was not; asking for everything loads and reports it too
        Assert.Equal(["fixture-stations"], sources);
        Assert.Equal(["FixtureWrongContract"], reported.Select(f => f.Plugin));
        Assert.Contains(catalog.Failures, f => f.Plugin == "FixtureThrows");
        Assert.Equal(["FixtureWrongContract", "FixtureThrows"], reported.Select(f => f.Plugin));
    }

    [Fact]
    public void Should_read_the_kinds_of_a_plugin_from_its_metadata_without_loading_it()
    {
        var stations = Path.Combine(FixtureRoot, "FixtureStations", "FixtureStations.dll");
        var matcher = Path.Combine(FixtureRoot, "FixtureThrows", "FixtureThrows.dll");

        var stationKinds = PluginScan.Interfaces(stations);
        var matcherKinds = PluginScan.Interfaces(matcher);

        Assert.NotNull(stationKinds);
        Assert.Contains(typeof(IFileSource).FullName!, stationKinds);
        Assert.Contains(typeof(ICrawlSource).FullName!, stationKinds);
        Assert.DoesNotContain(typeof(IMatcher).FullName!, stationKinds);
        Assert.Equal([typeof(IFishdensPlugin).FullName!, typeof(IMatcher).FullName!], matcherKinds!.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(
            AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "FixtureThrows" && a.Location == matcher);
    }

    [Fact]
    public void Should_not_tell_the_kinds_of_a_file_that_is_not_an_assembly()
    {
        using var temp = new TempFolder();
        var path = temp.File("Broken.dll");
        File.WriteAllText(path, "not a portable executable");

        Assert.Null(PluginScan.Interfaces(path));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
