using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Decoding;
using AlienFish.Plugins.Files.Layouts;
using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Places;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files;

/// <summary>
/// Reads downloaded monitoring files: 수질측정망 long and wide exports, the 총량측정망 export,
/// mulmoa re-exports, Open API answers, station lists, the 어류 현지조사, 출현생물 and
/// 수질 sheets of the biological monitoring network, species checklists, sightings of species
/// (occurrence records), and stations and reaches as GeoJSON or GeoPackage points.
/// </summary>
/// <remarks>
/// A file is recognised by its content alone: its first bytes tell an XLSX zip, a BIFF8
/// workbook, a JSON or XML API answer, an HTML table or delimited text (strict UTF-8 with
/// or without a BOM, else CP949; comma, tab, semicolon or bar), and its header row, found
/// by its text among the first rows of the first table, tells the layout. Every table of
/// the file with that layout's header is read. A damaged workbook and an API error answer
/// are still claimed (<see cref="FileLayouts.Workbook"/>, <see cref="FileLayouts.ApiAnswer"/>)
/// so that reading them tells the user what is wrong.
/// </remarks>
public sealed class FilesSource : IFileSource
{
    /// <summary>The list of records of a dataset saved with its description.</summary>
    private const string DatasetMark = "\"records\"";

    /// <summary>Rows read to recognise a file: enough for title, group and unit rows.</summary>
    private const int RecognitionRows = 12;

    /// <summary>How far into a JSON or XML file its API envelope is looked for.</summary>
    private const int ApiProbeBytes = 4096;

    /// <summary>Names only the Open API's envelope uses.</summary>
    private static readonly string[] ApiMarks =
        ["OpenAPI_ServiceResponse", "cmmMsgHeader", "resultCode", "getWaterMeasuringList", "\"header\""];

    // Layouts that share columns are told apart by what else they have; the fish sheets
    // come first because their key columns are the more specific.
    private static readonly ILayoutReader[] Readers =
    [
        new FishSurveyReader(),
        new FishSpeciesReader(),
        new FishChemistryReader(),
        new WaterQualityLongReader(LongLayouts.WaterQuality),
        new WaterQualityLongReader(LongLayouts.TotalLoad),
        new WaterQualityWideReader(),
        new WaterQualityLongReader(LongLayouts.ByName),
        new StationListReader(),
        new OccurrenceReader(),
        new SpeciesListReader(),
    ];

    public string Name => "files";

    public string Description =>
        "Reads water-quality exports, API answers, station lists, fish survey sheets, species "
        + "lists and occurrence records (CSV, XLS, XLSX, HTML, JSON, XML) and station or reach "
        + "points (GeoJSON, GeoPackage), "
        + "recognised by content, not by file name.";

    public PluginKind Kind => PluginKind.Source;

    public string? Recognise(RawFile file)
    {
        ArgumentNullException.ThrowIfNull(file);

        if (PlaceFormat(file.Content.Span) is { } places)
        {
            return places;
        }

        try
        {
            var tables = TableReader.Read(file, RecognitionRows, CancellationToken.None);

            return Choose(tables)?.Reader.Layout;
        }
        catch (Exception)
        {
            // Recognition must never throw. A file that cannot be opened is simply not
            // recognised, unless it says what it is; then it is claimed so that Read tells
            // the user why it cannot be read and what to do.
            return Claim(file.Content.Span);
        }
    }

    public SourceBatch Read(RawFile file, CancellationToken cancellationToken) =>
        Read(file, PluginSettings.Empty, cancellationToken);

    public SourceBatch Read(RawFile file, PluginSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);

        var options = FilesSettings.From(settings);

        if (PlaceFormat(file.Content.Span) is { } places)
        {
            return ReadPlaces(file, places, options, cancellationToken);
        }

        var tables = TableReader.Read(file, maxRows: null, cancellationToken);
        var (reader, _) = Choose(tables) ?? throw FileErrors.NoKnownHeader(file.Name, Expected());
        var batch = new SourceBatch(reader.Layout);

        batch.Diagnostics.AddRange(tables.Problems);

        foreach (var table in tables.Tables)
        {
            var columns = ColumnMap.Locate(table, reader.Accepts);

            if (columns is null)
            {
                batch.Diagnostics.Add(SheetSkipped(file.Name, table, reader.Layout));

                continue;
            }

            var rows = tables.Container == FileContainer.Text
                ? RowWidths.Checked(file.Name, table, columns, batch)
                : table;

            reader.Read(new LayoutInput(file.Name, rows, columns, options), batch, cancellationToken);
        }

        SharedNames.Report(batch);
        RepeatedKeys.Report(batch);

        return batch;
    }

    /// <summary>The layout of a GeoJSON or GeoPackage file, told by its first bytes; else null.</summary>
    private static string? PlaceFormat(ReadOnlySpan<byte> content)
    {
        if (GeoPackagePlaces.Looks(content))
        {
            return FileLayouts.GeoPackage;
        }

        return GeoJsonPlaces.Looks(content) ? FileLayouts.GeoJson : null;
    }

    private static SourceBatch ReadPlaces(
        RawFile file, string layout, FilesSettings settings, CancellationToken cancellationToken)
    {
        var batch = new SourceBatch(layout);
        var (layers, format) = layout == FileLayouts.GeoPackage
            ? (GeoPackagePlaces.Read(file.Content.Span, file.Name, cancellationToken), GeoPackagePlaces.Format)
            : ([GeoJsonPlaces.Read(file.Content.Span, file.Name)], GeoJsonPlaces.Format);

        new PlaceReader(file.Name, settings, batch).Read(layers, format, cancellationToken);
        SharedNames.Report(batch);

        return batch;
    }

    /// <summary>
    /// The layout of a file that cannot be read but is plainly meant for this source: a
    /// workbook by its magic bytes, an Open API answer by its envelope, and a saved dataset by
    /// its list of records.
    /// </summary>
    private static string? Claim(ReadOnlySpan<byte> content)
    {
        var container = ContentSniffer.Sniff(content);

        if (container is FileContainer.Xlsx or FileContainer.Biff)
        {
            return FileLayouts.Workbook;
        }

        if (container is not (FileContainer.Json or FileContainer.Xml))
        {
            return null;
        }

        var prefix = TextDecoding.DecodePrefix(content[..Math.Min(content.Length, ApiProbeBytes)]);

        if (ApiMarks.Any(mark => prefix.Contains(mark, StringComparison.Ordinal)))
        {
            return FileLayouts.ApiAnswer;
        }

        return prefix.Contains(DatasetMark, StringComparison.Ordinal) ? FileLayouts.Dataset : null;
    }

    /// <summary>The reader of the first table that holds a known header.</summary>
    private static (ILayoutReader Reader, Table Table)? Choose(TableSet tables)
    {
        foreach (var table in tables.Tables)
        {
            foreach (var reader in Readers)
            {
                if (ColumnMap.Locate(table, reader.Accepts) is not null)
                {
                    return (reader, table);
                }
            }
        }

        return null;
    }

    private static Diagnostic SheetSkipped(string fileName, Table table, string layout) =>
        new(
            DiagnosticSeverity.Info,
            DiagnosticCodes.SheetSkipped,
            $"the sheet has no {layout} header, unlike the file's first; it was not read",
            new SourceLocation(fileName, table.Sheet, 1, null));

    private static string Expected() =>
        string.Join(
            "; ",
            Readers.Select(r =>
                $"{r.Layout} ({string.Join(", ", r.Signature.Select(HeaderAliases.DisplayName))})"));
}
