using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// 어류 출현생물, the species list: one row per species caught in a survey, with its raw
/// count (개체수). A species absent from a survey has no row; a count written <c>-</c>
/// was not recorded, which is kept as a null count and never read as zero.
/// </summary>
internal sealed class FishSpeciesReader : ILayoutReader
{
    private const string NotRecorded = "-";

    public string Layout => FileLayouts.FishSpecies;

    public IReadOnlyList<HeaderRole> Signature { get; } =
        [.. SurveyKeys.Roles, HeaderRole.ScientificName, HeaderRole.KoreanName, HeaderRole.Count];

    public HeaderRole KeyRole => HeaderRole.Year;

    public bool Accepts(ColumnMap columns) =>
        SurveyKeys.Present(columns)
        && columns.Has(HeaderRole.Count)
        && (columns.Has(HeaderRole.ScientificName) || columns.Has(HeaderRole.KoreanName));

    public void Read(LayoutInput input, SourceBatch batch, CancellationToken cancellationToken)
    {
        var columns = input.Columns;
        var names = new SpeciesCells(
            columns.Find(HeaderRole.ScientificName),
            columns.Find(HeaderRole.KoreanName),
            columns.Find(HeaderRole.AlienFlag));
        var count = columns.Find(HeaderRole.Count)!;

        foreach (var row in columns.DataRows(input.Table, KeyRole))
        {
            cancellationToken.ThrowIfCancellationRequested();

            if (row.IsBlank || !SurveyKeys.TryRead(input, row, batch, out var key))
            {
                continue;
            }

            var species = names.Read(input, row, batch);

            if (species is not null && TryReadCount(input, row, count, batch, out var individuals))
            {
                batch.Counts.Add(new SpeciesCount(key, species, individuals, input.Where(row, count)));
            }
        }
    }

    /// <summary>
    /// A whole, non-negative count; <c>-</c> and a blank cell read as not recorded. False
    /// only for text that is no count at all, which makes no record.
    /// </summary>
    private static bool TryReadCount(
        LayoutInput input,
        TableRow row,
        Column column,
        SourceBatch batch,
        out int? count)
    {
        count = null;

        var text = LayoutInput.Cell(row, column);

        if (text == NotRecorded)
        {
            batch.Diagnostics.Add(input.Info(
                DiagnosticCodes.CountNotRecorded,
                "the count was not recorded; kept as unknown",
                row,
                column,
                text));

            return true;
        }

        if (text.Length == 0)
        {
            batch.Diagnostics.Add(input.Warning(
                DiagnosticCodes.CountNotRecorded, "the count is blank; kept as unknown", row, column));

            return true;
        }

        if (CellValueParser.TryParseWhole(text, out var whole) && whole >= 0)
        {
            count = whole;

            return true;
        }

        batch.Diagnostics.Add(input.Warning(
            DiagnosticCodes.BadCount, "not a count of individuals; the row was skipped", row, column, text));

        return false;
    }
}
