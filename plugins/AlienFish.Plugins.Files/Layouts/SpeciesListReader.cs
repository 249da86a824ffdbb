using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;
using AlienFish.Plugins.Files.Taxonomy;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// A checklist of species, one a row, such as a national list of freshwater fish. Lists made
/// by hand mislabel their columns (one puts the Korean name under <c>Species</c> and the
/// scientific name under <c>Common_Name</c>), so the header only tells that a table is a
/// species list: the scientific names are read from the column where most cells are a
/// binomial, and the Korean names from the Hangul column with the most distinct names (a
/// family column repeats its few names). A column headed 학명 or 국명 that mostly holds what
/// its header says is taken first, so a column of former names beside it is not. Alien
/// status comes from the catalogue, or from a 외래종 여부 column; a list without one leaves
/// the other species' status unknown.
/// </summary>
internal sealed class SpeciesListReader : ILayoutReader
{
    public string Layout => FileLayouts.SpeciesList;

    public IReadOnlyList<HeaderRole> Signature { get; } = [HeaderRole.ScientificName, HeaderRole.KoreanName];

    public HeaderRole KeyRole => HeaderRole.ScientificName;

    public bool Accepts(ColumnMap columns) =>
        (columns.Has(HeaderRole.ScientificName) || columns.Has(HeaderRole.KoreanName))
        && !columns.Has(HeaderRole.Count)
        && !columns.Has(HeaderRole.Year)
        && !columns.Has(HeaderRole.SightingDate)
        && !columns.Has(HeaderRole.ReachCode)
        && !columns.Has(HeaderRole.StationCode)
        && !PositionColumns.CanPlace(columns);

    public void Read(LayoutInput input, SourceBatch batch, CancellationToken cancellationToken)
    {
        (input, var joined) = GenusAndEpithet.Join(input, Accepts);

        var map = input.Columns;
        var rows = map.DataRows(input.Table, KeyRole).Where(row => !row.IsBlank).ToList();

        if (rows.Count == 0)
        {
            return;
        }
        var scientific = Labelled(map, rows, HeaderRole.ScientificName, IsBinomial)
            ?? ColumnOf(map, rows, IsBinomial, distinct: false)
            ?? throw FileErrors.NoScientificNames(input.FileName, Named(map).Header);
        var korean = Labelled(map, rows, HeaderRole.KoreanName, IsHangulName)
            ?? ColumnOf(map, rows, IsHangulName, distinct: true);
        var alienFlag = map.Find(HeaderRole.AlienFlag);
        var names = new SpeciesCells(scientific, korean, alienFlag);
        var firstRows = new Dictionary<string, int>(StringComparer.Ordinal);

        ReportColumns(input, batch, (scientific, korean, alienFlag), joined);

        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();

            var species = names.Read(input, row, batch);

            if (species is null)
            {
                continue;
            }

            if (firstRows.TryGetValue(species.Key, out var first))
            {
                batch.Diagnostics.Add(input.Info(
                    DiagnosticCodes.DuplicateRecord,
                    $"{species.Key} ({species.KoreanName}) was listed on row {first} already; "
                    + "one species is kept",
                    row,
                    korean ?? scientific,
                    LayoutInput.Cell(row, korean ?? scientific)));

                continue;
            }

            firstRows.Add(species.Key, row.Number);
            batch.Species.Add(species);
        }
    }

    /// <summary>
    /// The column headed as holding <paramref name="role"/> whose cells mostly do; of several
    /// (<c>학명</c> and <c>species</c>), the one whose header the alias table names first.
    /// </summary>
    private static Column? Labelled(
        ColumnMap map, IReadOnlyList<TableRow> rows, HeaderRole role, Func<string, bool> test)
    {
        foreach (var column in map.Columns.Where(c => c.Role == role).OrderBy(c => HeaderAliases.Rank(c.Header)))
        {
            var filled = rows.Select(row => row[column.Index]).Where(text => text.Length > 0).ToList();

            if (filled.Count > 0 && filled.Count(test) * 2 >= filled.Count)
            {
                return column;
            }
        }

        return null;
    }

    /// <summary>
    /// The column where most filled cells pass <paramref name="test"/>, at least half of them;
    /// with <paramref name="distinct"/>, the one with the most distinct passing values.
    /// </summary>
    private static Column? ColumnOf(
        ColumnMap map, IReadOnlyList<TableRow> rows, Func<string, bool> test, bool distinct)
    {
        Column? best = null;
        var bestScore = 0;

        foreach (var column in map.Columns)
        {
            var filled = rows.Select(row => row[column.Index]).Where(text => text.Length > 0).ToList();
            var passing = filled.Where(test).ToList();
            var score = distinct ? passing.Distinct(StringComparer.Ordinal).Count() : passing.Count;

            if (passing.Count * 2 >= filled.Count && score > bestScore)
            {
                best = column;
                bestScore = score;
            }
        }

        return best;
    }

    private static bool IsBinomial(string text) => ScientificName.Binomial(text) is not null;

    private static bool IsHangulName(string text) =>
        text.Length >= 2 && text.All(c => c is >= '\uAC00' and <= '\uD7A3' || c == ' ');

    private static Column Named(ColumnMap map) =>
        map.Find(HeaderRole.ScientificName) ?? map.Find(HeaderRole.KoreanName)!;

    /// <summary>
    /// Says which columns were read when their headers say otherwise, and which were not read.
    /// </summary>
    private static void ReportColumns(
        LayoutInput input,
        SourceBatch batch,
        (Column Scientific, Column? Korean, Column? AlienFlag) read,
        string[] joined)
    {
        var (scientific, korean, alienFlag) = read;
        var header = input.Table.Rows[input.Columns.HeaderRowIndex];
        var mislabelled = scientific.Role != HeaderRole.ScientificName
            || (korean is not null && korean.Role != HeaderRole.KoreanName);

        if (joined.Length > 0)
        {
            batch.Diagnostics.Add(input.Info(
                DiagnosticCodes.ColumnsByContent,
                $"the columns '{joined[0]}' and '{joined[1]}' give genus and species apart; they were joined "
                + "into the scientific name",
                header,
                null));
        }
        else if (mislabelled)
        {
            var koreanPart = korean is null
                ? "no column holds Korean names"
                : $"'{korean.Header}' Korean names";

            batch.Diagnostics.Add(input.Info(
                DiagnosticCodes.ColumnsByContent,
                $"the column '{scientific.Header}' holds scientific names and {koreanPart}; "
                + "they were read by what they hold, not by their headers",
                header,
                scientific));
        }

        var used = new[] { scientific, korean, alienFlag };
        var unread = input.Columns.Columns
            .Where(column => column.Header.Length > 0 && !used.Contains(column) && !joined.Contains(column.Header))
            .Select(column => column.Header)
            .ToList();

        if (unread.Count > 0)
        {
            batch.Diagnostics.Add(input.Info(
                DiagnosticCodes.ColumnsNotRead,
                $"columns not read: {string.Join(", ", unread)}; the archived file keeps them",
                header,
                null));
        }
    }
}
