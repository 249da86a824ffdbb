using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// Reads the (year, round, reach code) that keys a row of every fish sheet, so that the
/// survey, species and chemistry sheets of one survey join on the same key.
/// </summary>
internal static class SurveyKeys
{
    private const int EarliestYear = 1900;
    private const int LatestYear = 2100;

    /// <summary>The columns every fish layout needs, in the order messages name them.</summary>
    public static IReadOnlyList<HeaderRole> Roles { get; } =
        [HeaderRole.Year, HeaderRole.Round, HeaderRole.ReachCode];

    public static bool Present(ColumnMap columns) => Roles.All(columns.Has);

    /// <summary>The row's key, or false with a diagnostic naming the cell that is wrong.</summary>
    public static bool TryRead(LayoutInput input, TableRow row, SourceBatch batch, out SurveyKey key)
    {
        key = default;

        var yearColumn = input.Columns.Find(HeaderRole.Year);
        var roundColumn = input.Columns.Find(HeaderRole.Round);
        var codeColumn = input.Columns.Find(HeaderRole.ReachCode);
        var yearText = LayoutInput.Cell(row, yearColumn);
        var roundText = LayoutInput.Cell(row, roundColumn);
        var code = LayoutInput.Cell(row, codeColumn);

        // The board's period fields write year and round as one number (20151), and a sheet
        // built from them may leave the round column blank.
        if (roundText.Length == 0 && DateText.TryParseYearRound(yearText, out var period))
        {
            (yearText, roundText) = period;
        }

        if (!CellValueParser.TryParseWhole(yearText, out var year) || year is < EarliestYear or > LatestYear)
        {
            return Skip(input, row, batch, yearColumn, yearText, "not a survey year");
        }

        if (!CellValueParser.TryParseRound(roundText, out var round) || round < 1)
        {
            return Skip(input, row, batch, roundColumn, roundText, "not a survey round");
        }

        if (code.Length == 0)
        {
            return Skip(input, row, batch, codeColumn, code, "no reach code");
        }

        CodeCheck.Report(input, batch, row, codeColumn, code);
        key = new SurveyKey(Networks.BioFish, code, year, round);

        return true;
    }

    private static bool Skip(
        LayoutInput input,
        TableRow row,
        SourceBatch batch,
        Column? column,
        string text,
        string problem)
    {
        batch.Diagnostics.Add(input.Warning(
            DiagnosticCodes.MissingKey, $"{problem}; the row was skipped", row, column, text));

        return false;
    }
}
