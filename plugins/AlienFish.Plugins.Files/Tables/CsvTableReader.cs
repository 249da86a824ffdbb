using AlienFish.Abstractions;
using CsvHelper;

namespace AlienFish.Plugins.Files.Tables;

/// <summary>
/// Splits delimited text into rows of cells. Quoted and unquoted exports, LF and CRLF line
/// ends, and comma, semicolon, tab or bar separators (detected from the first lines) are
/// all read the same way. Malformed quoting is recovered and reported, not fatal.
/// </summary>
internal static class CsvTableReader
{
    public static Table Read(
        string text,
        string fileName,
        int? maxRows,
        List<Diagnostic> problems,
        CancellationToken cancellationToken)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = record => problems.Add(Malformed(fileName, record)),
        };

        using var reader = CsvReader.FromText(text, options);
        var rows = new List<TableRow>();

        while ((maxRows is null || rows.Count < maxRows) && reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();

            var cells = new string[reader.FieldCount];

            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i);
            }

            // Line numbers count skipped empty lines too, so a row is numbered as an editor
            // shows it.
            rows.Add(new TableRow(checked((int)reader.LineNumber), cells));
        }

        return new Table(null, rows);
    }

    private static Diagnostic Malformed(string fileName, CsvMalformedRecord record) =>
        new(
            DiagnosticSeverity.Warning,
            DiagnosticCodes.CsvBadData,
            $"malformed quoting ({record.Reason}); the record was read as well as it could be",
            new SourceLocation(fileName, null, checked((int)record.LineNumber), null),
            record.RawRecord);
}
