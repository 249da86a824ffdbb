using System.CommandLine;
using AlienFish.Abstractions;
using AlienFish.Core;
using AlienFish.Core.Importing;
using Microsoft.Extensions.Logging;

namespace AlienFish.Cli.Commands;

/// <summary><c>fishdens import</c>: files already downloaded, into the store.</summary>
internal static class ImportCommand
{
    private const int DiagnosticsShown = 10;

    private static readonly Argument<string[]> Paths = new("paths")
    {
        Description = "Files or folders (searched recursively); each file is recognised by its content",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<bool> Strict = new("--strict")
    {
        Description = "Treat data warnings as errors: a file with any is not stored",
    };

    private static readonly Option<string[]> Settings = SettingsOption.Create("crs=EPSG:5186");

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command(
            "import",
            "Import downloaded water-quality, station and fish survey files into the store. "
            + "Importing the same file again adds nothing.")
            .WithExamples(
                "fishdens import samples/geum",
                "fishdens import geum2016.csv 어류_출현생물_2016.xls --strict",
                "fishdens import stations_tm.csv --set crs=EPSG:5186");

        command.Arguments.Add(Paths);
        command.Options.Add(Strict);
        command.Options.Add(Settings);
        command.SetAction((parse, ct) => FishdensApp.Guard(parse, output, error, ct, (runtime, token) =>
        {
            var options = new ImportOptions(
                parse.GetValue(Paths)!, parse.GetValue(Strict), SettingsOption.Parse(parse.GetValue(Settings)));
            // Off the calling thread, so that Ctrl+C finds the command line free to stop it.
            return Task.Run(() => Execute(runtime, options, token), CancellationToken.None);
        }));

        return command;
    }

    public static int Execute(
        CliRuntime runtime, ImportOptions options, CancellationToken cancellationToken)
    {
        var report = Run(runtime, options, cancellationToken);
        return ExitCode(report);
    }

    /// <summary>Imports and prints one line per file and the summary; shared with <c>run</c>.</summary>
    public static ImportReport Run(
        CliRuntime runtime, ImportOptions options, CancellationToken cancellationToken)
    {
        var importer = new Importer(() => runtime.Store, runtime.Plugins, runtime.Logger, options.Settings);
        ImportReport report;

        using (new AllocationBurst())
        {
            report = ProgressDisplay.Run(
                runtime,
                "importing",
                progress => importer.ImportPaths(options.Paths, options.Strict, cancellationToken, progress));
        }

        foreach (var file in report.Files.Where(f => f.Status != FileStatus.NotRecognised))
        {
            runtime.Out.WriteLine(Describe(file));
            ReportProblems(runtime, file);
        }

        runtime.Out.WriteLine($"import: {report.Summary()}");

        if (report.StoppedBy is { } stopped)
        {
            throw stopped;
        }

        if (report.Interrupted)
        {
            runtime.Logger.LogWarning(
                "import interrupted after {Done} of {Planned} files; each file is stored whole or not at all, "
                + "and the same command imports the rest",
                report.Files.Count, report.Planned);
        }

        return report;
    }

    public static int ExitCode(ImportReport report)
    {
        if (report.Interrupted)
        {
            return ExitCodes.Interrupted;
        }

        if (report.Files.Any(f => f.Status == FileStatus.SourceBug))
        {
            return ExitCodes.Internal;
        }

        if (report.Files.Any(f => f.Status == FileStatus.RejectedByStrict))
        {
            return ExitCodes.Strict;
        }

        return report.HasFailures ? ExitCodes.BadInput : ExitCodes.Success;
    }

    private static string Describe(FileOutcome file) => file.Status switch
    {
        FileStatus.Imported =>
            $"imported  {file.Path}  [{file.Layout}] {file.Counts!.Added} rows added"
            + (file.Counts.Skipped > 0 ? $", {file.Counts.Skipped} already stored" : ""),
        FileStatus.AlreadyImported => $"unchanged {file.Path}  (already imported)",
        _ => $"failed    {file.Path}",
    };

    private static void ReportProblems(CliRuntime runtime, FileOutcome file)
    {
        if (file.Message is not null)
        {
            runtime.Logger.LogError("{Message}", file.Message);
        }

        if (file.Error is not null)
        {
            runtime.Logger.LogDebug("{Error}", file.Error.ToString());
        }

        if (file.UnknownColumns.Count > 0)
        {
            runtime.Logger.LogWarning(
                "{File}: columns kept but not mapped to a variable: {Columns}",
                file.Path, string.Join(", ", file.UnknownColumns));
        }

        var problems = file.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        var shown = runtime.Verbosity >= Verbosity.Detailed ? problems.Count : DiagnosticsShown;

        foreach (var diagnostic in problems.Take(shown))
        {
            runtime.Logger.LogWarning("{Diagnostic}", diagnostic.ToString());
        }

        if (problems.Count > shown)
        {
            // A file refused under --strict left nothing in the store, its problems included.
            var kept = file.Status == FileStatus.Imported ? ", and the store keeps them in import_diagnostics" : "";

            runtime.Logger.LogWarning(
                "{File}: {More} more problems; --verbosity detailed shows all{Kept}",
                file.Path, problems.Count - shown, kept);
        }

        // Notes say how the file was read (a name under two codes, a month-only date, ...).
        foreach (var note in file.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Info).Take(shown))
        {
            runtime.Logger.LogInformation("{Note}", note.ToString());
        }
    }
}

/// <param name="Settings">
/// <c>--set</c> pairs for the file sources, e.g. <c>crs=EPSG:5186</c> for projected coordinates.
/// </param>
internal sealed record ImportOptions(IReadOnlyList<string> Paths, bool Strict, PluginSettings? Settings = null);
