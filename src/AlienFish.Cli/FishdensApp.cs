using System.CommandLine;
using AlienFish.Abstractions;
using AlienFish.Cli.Commands;
using AlienFish.Core;
using AlienFish.Core.Plugins;
using AlienFish.Core.Storage;
using Microsoft.Data.Sqlite;

namespace AlienFish.Cli;

/// <summary>The command tree of <c>fishdens</c> and the one place that turns errors into exit codes.</summary>
public static class FishdensApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        // Nearly every command needs the built-in plugins: their metadata is read meanwhile.
        PluginHost.Prescan(PluginHost.BuiltInFolder);

        var root = new RootCommand(
            "fishdens collects Korean freshwater monitoring data, matches fish survey reaches to "
            + "water-quality stations and trains models that predict the density of alien fish.");

        root.WithExamples("fishdens run samples/geum", "fishdens plugins list", "fishdens import --help");

        root.Options.Add(GlobalOptions.Db);
        root.Options.Add(GlobalOptions.Verbosity);
        root.Options.Add(GlobalOptions.Plugins);

        root.Subcommands.Add(ImportCommand.Create(output, error));
        root.Subcommands.Add(CrawlCommand.Create(output, error));
        root.Subcommands.Add(MatchCommand.Create(output, error));
        root.Subcommands.Add(TrainCommand.Create(output, error));
        root.Subcommands.Add(PredictCommand.Create(output, error));
        root.Subcommands.Add(EvaluateCommand.Create(output, error));
        root.Subcommands.Add(ExplainCommand.Create(output, error));
        root.Subcommands.Add(ManifoldCommand.Create(output, error));
        root.Subcommands.Add(ExportCommand.Create(output, error));
        root.Subcommands.Add(ReportCommand.Create(output, error));
        root.Subcommands.Add(RunCommand.Create(output, error));
        root.Subcommands.Add(PluginsCommand.Create(output, error));

        CommandExamples.Install(root);
        var config = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,

            // Ctrl+C cancels; a command stops at its next safe point, a store transaction at most.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(10),
        };

        return await root.Parse(args).InvokeAsync(config);
    }

    /// <summary>
    /// Runs a subcommand body with a runtime made from the global options. User errors
    /// become one line on stderr and their exit code; anything else is a bug.
    /// </summary>
    internal static async Task<int> Guard(
        ParseResult parse, TextWriter output, TextWriter error, CancellationToken cancellationToken,
        Func<CliRuntime, CancellationToken, Task<int>> body)
    {
        using var runtime = new CliRuntime(parse, output, error);

        try
        {
            return await body(runtime, cancellationToken);
        }
        catch (Exception e) when (ExitCodeOf(e) is { } code)
        {
            error.WriteLine($"fishdens: error: {e.Message}");
            return code;
        }
        catch (SqliteException e) when (StoreFailure.Describe(runtime.StorePath, e) is { } message)
        {
            error.WriteLine($"fishdens: error: {message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            var detail = runtime.Verbosity == Verbosity.Diagnostic ? Environment.NewLine + e : "";
            error.WriteLine(
                $"fishdens: internal error: {e.GetType().Name}: {e.Message}; this is a bug, please report it "
                + $"with the output of --verbosity diagnostic{detail}");
            return ExitCodes.Internal;
        }
    }

    private static int? ExitCodeOf(Exception e) => e switch
    {
        PipelineException p => p.ExitCode,
        StoreException => ExitCodes.BadInput,
        SourceFormatException => ExitCodes.BadInput,
        PluginSettingException => ExitCodes.BadInput,
        DeviceUnavailableException => ExitCodes.BadInput,
        PluginNotFoundException => ExitCodes.Plugin,
        OperationCanceledException => ExitCodes.Interrupted,
        _ => null,
    };
}
