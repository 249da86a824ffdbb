using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// 어류 현지조사, the field record: one row per survey of a reach, under a template header
/// of a group row, a header row and a unit row. Each row gives a <see cref="FishSurvey"/>
/// with its effort and area; each reach code gives one <see cref="SurveyReach"/>.
/// </summary>
internal sealed class FishSurveyReader : ILayoutReader
{
    public string Layout => FileLayouts.FishSurvey;

    public IReadOnlyList<HeaderRole> Signature { get; } =
        [.. SurveyKeys.Roles, HeaderRole.ReachName, HeaderRole.SurveyDate];

    public HeaderRole KeyRole => HeaderRole.Year;

    public bool Accepts(ColumnMap columns) =>
        SurveyKeys.Present(columns)
        && columns.Has(HeaderRole.SurveyDate)
        && !columns.Has(HeaderRole.Count);

    public void Read(LayoutInput input, SourceBatch batch, CancellationToken cancellationToken)
    {
        var reaches = new HashSet<string>(StringComparer.Ordinal);
        var surveys = new Dictionary<SurveyKey, int>();
        var positions = PositionColumns.Of(input);

        foreach (var row in input.Columns.DataRows(input.Table, KeyRole))
        {
            cancellationToken.ThrowIfCancellationRequested();

            if (row.IsBlank || !SurveyKeys.TryRead(input, row, batch, out var key))
            {
                continue;
            }

            if (reaches.Add(key.ReachCode))
            {
                batch.Reaches.Add(ReadReach(input, row, key.ReachCode, positions.Locate(input, row, batch)));
            }

            if (surveys.TryGetValue(key, out var firstRow))
            {
                batch.Diagnostics.Add(input.Warning(
                    DiagnosticCodes.DuplicateRecord,
                    $"survey {key} is recorded again; the row {firstRow} record is kept",
                    row,
                    input.Columns.Find(HeaderRole.ReachCode)));

                continue;
            }

            surveys.Add(key, row.Number);
            batch.Surveys.Add(ReadSurvey(input, row, key, batch));
        }
    }

    private static SurveyReach ReadReach(LayoutInput input, TableRow row, string code, GeoPoint? location)
    {
        var columns = input.Columns;

        return new SurveyReach(Networks.BioFish, code, Text(input, row, HeaderRole.ReachName), location)
        {
            Basin = OptionalText(input, row, HeaderRole.Basin),
            WaterSystem = OptionalText(input, row, HeaderRole.WaterSystem),
            MidBasin = OptionalText(input, row, HeaderRole.MidBasin),
            River = OptionalText(input, row, HeaderRole.River),
            Origin = input.Where(row, columns.Find(HeaderRole.ReachCode)),
        };
    }

    private static FishSurvey ReadSurvey(LayoutInput input, TableRow row, SurveyKey key, SourceBatch batch)
    {
        var columns = input.Columns;
        var gear = OptionalText(input, row, HeaderRole.Gear);

        return new FishSurvey(
            key,
            ReadDate(input, row, key.Year, batch),
            ReadNumber(input, row, HeaderRole.EffortMinutes, batch),
            gear is null ? null : HeaderAliases.GearName(gear),
            ReadNumber(input, row, HeaderRole.AreaSquareMetres, batch),
            input.Where(row, columns.Find(HeaderRole.ReachCode)));
    }

    private static DateOnly? ReadDate(LayoutInput input, TableRow row, int year, SourceBatch batch)
    {
        var column = input.Columns.Find(HeaderRole.SurveyDate);
        var text = LayoutInput.Cell(row, column);

        if (text.Length == 0)
        {
            return null;
        }

        if (!DateText.TryParseSurveyDay(text, year, out var date))
        {
            batch.Diagnostics.Add(input.Warning(
                DiagnosticCodes.BadDate,
                "not a YYMMDD date; the survey date is left unknown",
                row,
                column,
                text));

            return null;
        }

        if (date.Year != year)
        {
            batch.Diagnostics.Add(input.Warning(
                DiagnosticCodes.BadDate, $"the date is not in the survey year {year}", row, column, text));
        }

        return date;
    }

    /// <summary>A non-negative number, or null with a diagnostic for text that is not one.</summary>
    private static double? ReadNumber(LayoutInput input, TableRow row, HeaderRole role, SourceBatch batch)
    {
        var column = input.Columns.Find(role);
        var text = LayoutInput.Cell(row, column);

        if (text.Length == 0)
        {
            return null;
        }

        if (CellValueParser.TryParseNumber(text, out var value) && value >= 0)
        {
            return value;
        }

        batch.Diagnostics.Add(input.Warning(
            DiagnosticCodes.NotANumber, "not a number; the value is left unknown", row, column, text));

        return null;
    }

    private static string Text(LayoutInput input, TableRow row, HeaderRole role) =>
        LayoutInput.Cell(row, input.Columns.Find(role));

    private static string? OptionalText(LayoutInput input, TableRow row, HeaderRole role)
    {
        var text = Text(input, row, role);

        return text.Length == 0 ? null : text;
    }
}
