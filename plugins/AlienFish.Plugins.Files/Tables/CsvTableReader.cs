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

    private static Diagnostic Malformed(string fileName, CsvMalformedRecord record)
    {
        var where = new SourceLocation(fileName, null, checked((int)record.LineNumber), null);

        // Station lists typed by hand leave DMS text unquoted: 36°27'52.7" ends in a seconds
        // mark, which reads as a stray quote but loses nothing.
        if (record.Reason.ToString() == "StrayQuote" && OnlySecondsMarks(record.RawRecord))
        {
            return new(
                DiagnosticSeverity.Info,
                DiagnosticCodes.CsvBadData,
                "a quote mark after a number in an unquoted field was read as the seconds mark of a coordinate",
                where,
                record.RawRecord);
        }

        return new(
            DiagnosticSeverity.Warning,
            DiagnosticCodes.CsvBadData,
            $"malformed quoting ({record.Reason}); the record was read as well as it could be",
            where,
            record.RawRecord);
    }

    /// <summary>True when every quote mark of a line follows a digit and ends a field.</summary>
    private static bool OnlySecondsMarks(string line)
    {
        for (var i = line.IndexOf('"'); i >= 0; i = line.IndexOf('"', i + 1))
        {
            var afterDigit = i > 0 && char.IsAsciiDigit(line[i - 1]);
            var endsField = i + 1 == line.Length || line[i + 1] is ',' or '\t' or ';' or '|' or '\r' or '\n';

            if (!afterDigit || !endsField)
            {
                return false;
            }
        }

        return true;
    }
}
