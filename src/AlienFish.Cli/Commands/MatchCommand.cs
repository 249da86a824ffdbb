using System.CommandLine;
using System.Globalization;
using AlienFish.Abstractions;
using AlienFish.Core.Matching;

namespace AlienFish.Cli.Commands;

/// <summary><c>fishdens match</c>: give each fish survey the water quality that describes it.</summary>
internal static class MatchCommand
{
    public static readonly Option<string> Matcher = new("--matcher")
    {
        Description = "The matcher plugin (see 'fishdens plugins list')",
        DefaultValueFactory = _ => "nearest",
    };

    public static readonly Option<string[]> Settings = SettingsOption.Create("max-distance-km=5");

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command(
            "match",
            "Match every stored fish survey to water quality. With 'nearest', each survey gets the nearest "
            + "station within max-distance-km (default 5) and the mean of each variable over window-days "
            + "(default 60) before the survey. Unmatched surveys are listed with the reason.")
            .WithExamples(
                "fishdens match",
                "fishdens match --set max-distance-km=3 --set window-days=30");

        command.Options.Add(Matcher);
        command.Options.Add(Settings);
        command.SetAction((parse, ct) => FishdensApp.Guard(parse, output, error, ct, (runtime, token) =>
        {
            var options = new MatchOptions(
                parse.GetValue(Matcher)!, SettingsOption.Parse(parse.GetValue(Settings)));
            Run(runtime, options, token);
            return Task.FromResult(0);
        }));

        return command;
    }

    public static MatchSummary Run(
        CliRuntime runtime, MatchOptions options, CancellationToken cancellationToken)
    {
        var matcher = runtime.Plugins.Get<IMatcher>(options.Matcher, "matcher");
        var summary = new MatchRunner(runtime.Store, runtime.Logger)
            .Run(matcher, options.Settings, cancellationToken);
        var result = summary.Result;
        var (median, max) = summary.Distances();

        var distances = result.Matches.Count == 0
            ? "no distances"
            : string.Create(
                CultureInfo.InvariantCulture,
                $"distance median {median / 1000:0.00} km, max {max / 1000:0.00} km");

        runtime.Out.WriteLine(
            $"match run {summary.RunId} ({summary.Matcher}): "
            + $"{result.Matches.Count} of {summary.Surveys} surveys matched, "
            + $"{distances}; {result.Unmatched.Count} unmatched");

        foreach (var unmatched in result.Unmatched)
        {
            runtime.Out.WriteLine($"  unmatched {unmatched.Survey}: {unmatched.Reason}");
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            runtime.Error.WriteLine($"fishdens: {diagnostic}");
        }

        return summary;
    }
}

internal sealed record MatchOptions(string Matcher, PluginSettings Settings);
