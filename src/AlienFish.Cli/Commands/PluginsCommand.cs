using System.CommandLine;

namespace AlienFish.Cli.Commands;

/// <summary><c>fishdens plugins list</c>: what is installed, and what failed to load and why.</summary>
internal static class PluginsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var list = new Command(
            "list",
            "List the source, matcher and model plugins with kind, version and folder; broken plugins are "
            + "listed with the reason they were skipped.")
            .WithExamples(
                "fishdens plugins list",
                "fishdens plugins list --plugins ./my-plugins");

        list.SetAction((parse, ct) => FishdensApp.Guard(parse, output, error, ct, (runtime, _) =>
        {
            Print(runtime);
            return Task.FromResult(0);
        }));

        var command = new Command("plugins", "Inspect the installed plugins.")
            .WithExamples("fishdens plugins list");
        command.Subcommands.Add(list);
        return command;
    }

    private static void Print(CliRuntime runtime)
    {
        var catalog = runtime.Plugins;
        var rows = catalog.Plugins
            .OrderBy(p => p.Kind)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => (p.Name, p.KindLabel, p.Version, p.Folder, p.Instance.Description))
            .ToList();

        var nameWidth = Math.Max(4, rows.Select(r => r.Name.Length).DefaultIfEmpty(0).Max());
        var kindWidth = Math.Max(4, rows.Select(r => r.KindLabel.Length).DefaultIfEmpty(0).Max());
        var versionWidth = Math.Max(7, rows.Select(r => r.Version.Length).DefaultIfEmpty(0).Max());

        runtime.Out.WriteLine(
            $"{"name".PadRight(nameWidth)}  {"kind".PadRight(kindWidth)}  "
            + $"{"version".PadRight(versionWidth)}  folder");

        foreach (var row in rows)
        {
            runtime.Out.WriteLine(
                $"{row.Name.PadRight(nameWidth)}  {row.KindLabel.PadRight(kindWidth)}  "
                + $"{row.Version.PadRight(versionWidth)}  {row.Folder}");
        }

        foreach (var failure in catalog.Failures)
        {
            runtime.Out.WriteLine($"broken: {failure}");
        }

        if (rows.Count == 0)
        {
            runtime.Out.WriteLine($"no plugins found in {string.Join(", ", runtime.PluginRoots())}");
        }
    }
}
