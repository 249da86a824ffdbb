using System.CommandLine;
using AlienFish.Abstractions;
using AlienFish.Core.Crawling;
using AlienFish.Core.Importing;

namespace AlienFish.Cli.Commands;

/// <summary><c>fishdens crawl</c>: fetch data with a crawl source plugin and import it as it arrives.</summary>
internal static class CrawlCommand
{
    private static readonly Option<string> Source = new("--source", "-s")
    {
        Description = "The crawl source plugin (see 'fishdens plugins list')",
        Required = true,
    };

    private static readonly Option<string> Dataset = new("--dataset")
    {
        Description = "What to fetch: fish or water-quality",
        DefaultValueFactory = _ => "water-quality",
    };

    private static readonly Option<string[]> Basins = new("--basin")
    {
        Description = "River basin (대권역), repeatable: 한강, 낙동강, 금강, 영산강·섬진강",
        DefaultValueFactory = _ => ["금강"],
        AllowMultipleArgumentsPerToken = false,
    };

    private static readonly Option<int> From = new("--from")
    {
        Description = "First year",
        DefaultValueFactory = _ => DateTime.Today.Year - 1,
    };

    private static readonly Option<int> To = new("--to")
    {
        Description = "Last year",
        DefaultValueFactory = _ => DateTime.Today.Year - 1,
    };

    private static readonly Option<int[]> Rounds = new("--round")
    {
        Description = "Fish survey round (회차) 1 or 2, repeatable",
        DefaultValueFactory = _ => [1, 2],
        AllowMultipleArgumentsPerToken = false,
    };

    private static readonly Option<string[]> Settings = SettingsOption.Create("delay-ms=1000");

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command(
            "crawl",
            "Fetch data from a portal or API with a crawl source plugin; "
            + "each download is archived and imported. "
            + "Finished batches are remembered in the store, so running the same crawl again resumes.")
            .WithExamples(
                "fishdens crawl --source <crawler> --dataset fish --basin 금강 --from 2016 --to 2023");

        command.Options.Add(Source);
        command.Options.Add(Dataset);
        command.Options.Add(Basins);
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(Rounds);
        command.Options.Add(Settings);
        command.SetAction((parse, ct) => FishdensApp.Guard(parse, output, error, ct, async (runtime, token) =>
        {
            var request = new CrawlRequest(
                parse.GetValue(Dataset)!, parse.GetValue(Basins)!,
                parse.GetValue(From), parse.GetValue(To), parse.GetValue(Rounds)!,
                SettingsOption.Parse(parse.GetValue(Settings)).Values);

            return await RunAsync(runtime, parse.GetValue(Source)!, request, token);
        }));

        return command;
    }

    private static async Task<int> RunAsync(
        CliRuntime runtime, string sourceName, CrawlRequest request, CancellationToken token)
    {
        var source = runtime.Plugins.Get<ICrawlSource>(sourceName, "crawl source");
        var importer = new Importer(runtime.Store, runtime.Plugins, runtime.Logger);
        var storeFolder = Path.GetDirectoryName(runtime.Store.Path)!;
        var work = Path.Combine(storeFolder, ".fishdens-crawl", source.Name);

        var runner = new CrawlRunner(runtime.Store, importer, runtime.Logger);
        var report = await ProgressDisplay.RunAsync(
            runtime,
            $"crawling {source.Name}",
            progress => runner.RunAsync(source, request, work, strict: false, token, progress));

        runtime.Out.WriteLine(
            $"crawl {source.Name}: {report.Planned} batches, {report.AlreadyFinished} already finished, "
            + $"{report.Fetched} fetched; {report.Imports.Summary()}");

        return ImportCommand.ExitCode(report.Imports);
    }
}
