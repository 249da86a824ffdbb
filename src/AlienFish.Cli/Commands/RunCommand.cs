using System.CommandLine;
using AlienFish.Abstractions;
using AlienFish.Core;
using AlienFish.Core.Importing;

namespace AlienFish.Cli.Commands;

/// <summary><c>fishdens run</c>: import, match, train and predict with defaults, in one go.</summary>
internal static class RunCommand
{
    private static readonly Argument<string[]> Paths = new("paths")
    {
        Description = "Files or folders to import first (e.g. the bundled samples/geum)",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string> OutDir = new("--out-dir")
    {
        Description = "Folder for the model file, predictions.csv and report.html",
        DefaultValueFactory = _ => "fishdens-out",
        HelpName = "FOLDER",
    };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command(
            "run",
            "Run the whole job with defaults: import the files, "
            + "match surveys to stations (nearest, 5 km, 60 days), "
            + "train the autoencoder, predict every matched survey and write the report.")
            .WithExamples(
                "fishdens run samples/geum",
                "fishdens run ~/downloads/geum --out-dir results --db geum.db");

        command.Arguments.Add(Paths);
        command.Options.Add(OutDir);
        command.Options.Add(MatchCommand.Matcher);
        command.Options.Add(TrainCommand.Model);
        command.Options.Add(TrainCommand.Seed);

        command.SetAction((parse, ct) => FishdensApp.Guard(parse, output, error, ct, (runtime, token) =>
        {
            var options = new RunOptions(
                parse.GetValue(Paths)!, parse.GetValue(OutDir)!, parse.GetValue(MatchCommand.Matcher)!,
                parse.GetValue(TrainCommand.Model)!, parse.GetValue(TrainCommand.Seed));

            return Task.FromResult(Execute(runtime, options, token));
        }));

        return command;
    }

    private static int Execute(CliRuntime runtime, RunOptions options, CancellationToken token)
    {
        Directory.CreateDirectory(options.OutDir);
        var imports = ImportCommand.Run(runtime, new ImportOptions(options.Paths, Strict: false), token);

        if (imports.Interrupted)
        {
            return ExitCodes.Interrupted;
        }

        if (imports.Count(FileStatus.Imported) + imports.Count(FileStatus.AlreadyImported) == 0)
        {
            throw new PipelineException(
                $"none of {string.Join(", ", options.Paths)} holds a file fishdens can import",
                ExitCodes.NothingToDo);
        }

        MatchCommand.Run(runtime, new MatchOptions(options.Matcher, PluginSettings.Empty), token);

        var modelPath = Path.Combine(options.OutDir, "fishdens-model.zip");
        var train = new TrainOptions(options.Model, modelPath, options.Seed, PluginSettings.Empty);
        TrainCommand.Run(runtime, train, token);

        var predictions = Path.Combine(options.OutDir, "predictions.csv");
        PredictCommand.Run(runtime, new PredictOptions(modelPath, null, predictions));
        ReportCommand.Run(runtime, new ReportOptions(modelPath, Path.Combine(options.OutDir, "report.html")));

        return ImportCommand.ExitCode(imports);
    }
}

internal sealed record RunOptions(
    IReadOnlyList<string> Paths, string OutDir, string Matcher, string Model, int Seed);
