using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Layouts;
using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files;

/// <summary>
/// Reads downloaded monitoring files: 수질측정망 long exports, water-quality station lists,
/// and the 어류 현지조사, 출현생물 and 수질 sheets of the biological monitoring network.
/// </summary>
/// <remarks>
/// A file is recognised by its content alone: its first bytes tell an XLSX zip, a BIFF8
/// workbook or text (strict UTF-8 with or without a BOM, else CP949), and its header row,
/// found by its text among the first rows of the first sheet, tells the layout. Every
/// sheet of a workbook with that layout's header is read.
/// </remarks>
public sealed class FilesSource : IFileSource
{
    /// <summary>Rows read to recognise a file: enough for title, group and unit rows.</summary>
    private const int RecognitionRows = 12;

    // Layouts that share columns are told apart by what else they have; the fish sheets
    // come first because their key columns are the more specific.
    private static readonly ILayoutReader[] Readers =
    [
        new FishSurveyReader(),
        new FishSpeciesReader(),
        new FishChemistryReader(),
        new WaterQualityLongReader(),
        new StationListReader(),
    ];

    public string Name => "files";

    public string Description =>
        "Reads water-quality exports, station lists and fish survey sheets (CSV, XLS, XLSX), "
        + "recognised by content, not by file name.";

    public PluginKind Kind => PluginKind.Source;

    public string? Recognise(RawFile file)
    {
        ArgumentNullException.ThrowIfNull(file);

        try
        {
            var tables = TableReader.Read(file, RecognitionRows, CancellationToken.None);

            return Choose(tables)?.Reader.Layout;
        }
        catch (Exception)
        {
            // Recognition must never throw: a file that cannot even be opened is simply not
            // recognised here, and Read says why when it is asked to read it.
            return null;
        }
    }

    public SourceBatch Read(RawFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);

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

            reader.Read(new LayoutInput(file.Name, table, columns), batch, cancellationToken);
        }

        return batch;
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
