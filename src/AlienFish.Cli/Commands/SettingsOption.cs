using System.CommandLine;
using AlienFish.Abstractions;
using AlienFish.Core;

namespace AlienFish.Cli.Commands;

/// <summary>The repeatable <c>--set key=value</c> option that passes settings to a plugin.</summary>
internal static class SettingsOption
{
    public static Option<string[]> Create(string example) => new("--set")
    {
        Description = $"A plugin setting as key=value, repeatable (e.g. --set {example})",
        HelpName = "KEY=VALUE",
        AllowMultipleArgumentsPerToken = false,
    };

    public static PluginSettings Parse(IEnumerable<string>? pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        foreach (var pair in pairs ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);

            if (equals <= 0)
            {
                throw new PipelineException($"--set '{pair}' is not of the form key=value");
            }

            values[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }

        return new PluginSettings(values);
    }
}
