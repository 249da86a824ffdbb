using System.Diagnostics;
using System.Reflection;
using AlienFish.Testing;

namespace AlienFish.Cli.Tests;

/// <summary>The plugin template in samples/, built the way its README tells a plugin author to.</summary>
public sealed class PluginTemplateTests
{
    private static string Configuration { get; } = typeof(PluginTemplateTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BuildConfiguration").Value!;

    [Fact]
    public async Task Should_build_load_and_import_with_the_plugin_template()
    {
        // Given the contract packed under a version of its own, and a copy of the template
        using var temp = new TempFolder();
        var version = $"0.1.0-template{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        var feed = temp.File("feed");
        var project = temp.File("MyStations");
        Dotnet(
            RepoPaths.Root,
            "pack", "src/AlienFish.Abstractions", "-c", Configuration, "--no-build", "-o", feed,
            $"-p:Version={version}");
        CopyTemplate(project, feed);

        // When it is published into a plugin folder and fishdens is pointed at it
        var plugins = temp.File("plugins");
        // Only the packed contract is a source: everything else comes from the local package cache.
        Dotnet(
            project,
            "publish", "-c", "Release", "-o", Path.Combine(plugins, "MyStations"), "--source", feed,
            $"-p:FishdensContractVersion={version}");
        var list = await ToolRunner.InProcess("plugins", "list", "--db", temp.File("s.db"), "--plugins", plugins);
        var import = await ToolRunner.InProcess(
            "import", "--db", temp.File("s.db"), "--plugins", plugins, Path.Combine(project, "example-stations.csv"));

        // Then the plugin is listed and imports the example file
        var expected = $"my-stations  source (files)  0.1.0    {Path.Combine(plugins, "MyStations")}";
        Assert.True(list.Out.Contains(expected, StringComparison.Ordinal), list.Out + list.Error);
        Assert.Equal(0, import.Code);
        Assert.Contains("[my-station-table] 2 rows added", import.Out, StringComparison.Ordinal);
    }

    private static void CopyTemplate(string project, string feed)
    {
        var template = RepoPaths.Sample("plugin-template");

        var files = Directory.EnumerateFiles(template)
            .Where(f => !f.EndsWith("nuget.config", StringComparison.Ordinal));

        foreach (var file in files)
        {
            Directory.CreateDirectory(project);
            File.Copy(file, Path.Combine(project, Path.GetFileName(file)));
        }

        File.WriteAllText(
            Path.Combine(project, "nuget.config"),
            "<configuration><packageSources>"
            + $"<add key=\"test-contract\" value=\"{feed}\" />"
            + "</packageSources></configuration>");
    }

    private static void Dotnet(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', args)} failed:\n{output.Result}\n{error.Result}");
    }
}
