using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// A list that gives the genus and the species epithet in two columns (<c>Genus</c>,
/// <c>Species</c> as taxonomic databases export them) is read as if it had a 학명 column
/// holding the two joined. Only where no column already holds whole binomials.
/// </summary>
internal static class GenusAndEpithet
{
    private const string JoinedHeader = "학명";

    private static readonly HashSet<string> GenusHeaders =
        new(["genus", "속", "속명"], StringComparer.Ordinal);

    private static readonly HashSet<string> EpithetHeaders =
        new(["species", "specificepithet", "종소명", "종명"], StringComparer.Ordinal);

    /// <summary>
    /// The input with a joined 학명 column appended and the two columns joined, or the input as
    /// it was and no columns.
    /// </summary>
    public static (LayoutInput Input, string[] Joined) Join(LayoutInput input, Func<ColumnMap, bool> accepts)
    {
        var map = input.Columns;
        var genus = map.Columns.FirstOrDefault(c => GenusHeaders.Contains(HeaderText.Normalise(c.Header)));
        var epithet = map.Columns.FirstOrDefault(c => EpithetHeaders.Contains(HeaderText.Normalise(c.Header)));
        var rows = input.Table.Rows.Skip(map.HeaderRowIndex + 1).Where(row => !row.IsBlank).ToList();

        if (genus is null || epithet is null || rows.Count == 0 || !MostlyEpithets(rows, genus, epithet))
        {
            return (input, []);
        }

        var extended = input.Table.Rows.Select((row, i) => Extended(row, i, map, genus, epithet));
        var table = new Table(input.Table.Sheet, [.. extended]);
        var columns = ColumnMap.Locate(table, accepts) ?? map;

        return (new LayoutInput(input.FileName, table, columns, input.Settings), [genus.Header, epithet.Header]);
    }

    private static bool MostlyEpithets(List<TableRow> rows, Column genus, Column epithet) =>
        rows.Count(row => row[genus.Index].Length > 0
            && row[epithet.Index].Length > 0
            && row[epithet.Index].All(char.IsAsciiLetterLower)) * 2 >= rows.Count;

    private static TableRow Extended(TableRow row, int index, ColumnMap map, Column genus, Column epithet)
    {
        var cell = index == map.HeaderRowIndex
            ? JoinedHeader
            : index > map.HeaderRowIndex ? $"{row[genus.Index]} {row[epithet.Index]}".Trim() : "";
        var width = map.Columns.Count;
        var cells = Enumerable.Range(0, width).Select(i => i < row.Cells.Count ? row.Cells[i] : "").Append(cell);

        return new TableRow(row.Number, [.. cells]);
    }
}
