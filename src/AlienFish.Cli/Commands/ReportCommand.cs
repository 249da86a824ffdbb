using System.CommandLine;
using AlienFish.Core.Reporting;

namespace AlienFish.Cli.Commands;

/// <summary><c>fishdens report</c>: one self-contained HTML page of plots for a model and the store.</summary>
internal static class ReportCommand
{
    public static readonly Option<string> Out = new("--out", "-o", "--output")
    {
        Description = "Where to write the report, one HTML file that opens offline",
        DefaultValueFactory = _ => "report.html",
        HelpName = "FILE",
    };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command(
            "report",
            "Write one self-contained HTML page about a model on the surveys of the latest match run: "
            + "observed against predicted per species, a map of reaches coloured by predicted density with the "
            + "stations, response curves, the latent map and the match distances. It needs no network to open.")
            .WithExamples(
                "fishdens report",
                "fishdens report -m geum.zip -o geum-report.html --db geum.db");

        command.Options.Add(PredictCommand.ModelFile);
        command.Options.Add(Out);
        command.SetAction((parse, ct) => FishdensApp.Guard(parse, output, error, ct, (runtime, _) =>
        {
            Run(runtime, new ReportOptions(parse.GetValue(PredictCommand.ModelFile)!, parse.GetValue(Out)!));
            return Task.FromResult(0);
        }));

        return command;
    }

    public static void Run(CliRuntime runtime, ReportOptions options)
    {
        var data = new ReportCollector(runtime.Store, runtime.Plugins).Collect(options.ModelFile);
        HtmlReport.Write(options.Out, data);

        var reaches = data.Reaches.Count == 1 ? "1 reach" : $"{data.Reaches.Count} reaches";
        runtime.Out.WriteLine(
            $"report of {data.Surveys} surveys, {data.Fits.Count} species and {reaches} "
            + $"written to {Path.GetFullPath(options.Out)}");
    }
}

internal sealed record ReportOptions(string ModelFile, string Out);
