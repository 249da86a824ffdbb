using System.CommandLine;
using AlienFish.Core;
using AlienFish.Core.Export;

namespace AlienFish.Cli.Commands;

/// <summary><c>fishdens export</c>: the store's places as GIS layers that QGIS opens directly.</summary>
internal static class ExportCommand
{
    public static readonly Option<string> Format = CreateFormat();

    public static readonly Option<string> Out = new("--out", "-o")
    {
        Description = "For geojson a folder (created if only it is missing) that gets one <layer>.geojson "
            + "per layer; for gpkg one .gpkg file. Existing files of the same names are replaced",
        HelpName = "PATH",
        Required = true,
    };

    public static readonly Option<string> Layers = new("--layers")
    {
        Description = "Comma-separated layers to export",
        DefaultValueFactory = _ => string.Join(",", ExportLayers.All),
        HelpName = "LIST",
    };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command(
            "export",
            "Export reaches and stations as points, the latest match run as lines from each reach to its "
            + "station, the latest model's predicted densities and the imported sightings as points, in "
            + "WGS84 longitude/latitude. Places without coordinates are left out and counted.")
            .WithExamples(
                "fishdens export --format gpkg --out geum.gpkg",
                "fishdens export --format geojson --out gis --layers reaches,matches");

        command.Options.Add(Format);
        command.Options.Add(Out);
        command.Options.Add(Layers);
        command.SetAction((parse, ct) => FishdensApp.Guard(parse, output, error, ct, (runtime, token) =>
        {
            var options = new ExportOptions(
                FormatOf(parse.GetValue(Format)!), parse.GetValue(Out)!,
                ExportLayers.Parse(parse.GetValue(Layers)!));
            Run(runtime, options);
            return Task.FromResult(0);
        }));

        return command;
    }

    public static IReadOnlyList<LayerSummary> Run(CliRuntime runtime, ExportOptions options)
    {
        if (!File.Exists(runtime.StorePath))
        {
            throw new PipelineException(
                $"there is no store at {runtime.StorePath}; import files first, or name the store with --db",
                ExitCodes.NothingToDo);
        }

        var target = Path.GetFullPath(options.Out);

        if (target == runtime.StorePath)
        {
            throw new PipelineException(
                $"--out {options.Out} is the store itself; writing the layers there would replace it. Give "
                + "another file name", ExitCodes.BadInput);
        }

        var summaries = new GisExporter(runtime.Store).Export(options.Format, options.Out, options.Layers);

        foreach (var summary in summaries)
        {
            runtime.Out.WriteLine(
                $"{summary.Layer}: {summary.Written} features written, {summary.Skipped} skipped "
                + $"without coordinates, into {summary.Path}");
        }

        return summaries;
    }

    private static Option<string> CreateFormat()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "geojson (one RFC 7946 file per layer) or gpkg (one GeoPackage with all layers)",
            HelpName = "FORMAT",
            Required = true,
        };

        option.AcceptOnlyFromAmong("geojson", "gpkg");
        return option;
    }

    private static ExportFormat FormatOf(string text) =>
        text == "gpkg" ? ExportFormat.GeoPackage : ExportFormat.GeoJson;
}

internal sealed record ExportOptions(ExportFormat Format, string Out, IReadOnlyList<string> Layers);
