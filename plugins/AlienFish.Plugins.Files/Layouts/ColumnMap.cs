using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// The header of a table found by its text, not by position: which row holds it and what
/// each column means. Workbook templates put a group row above the header with merged
/// cells and a unit row below it; a column whose header cell is blank takes its name
/// from the nearest cell above it, where a merged group or stand-alone name sits.
/// </summary>
internal sealed class ColumnMap
{
    /// <summary>How far down a header is looked for, past title and group rows.</summary>
    private const int HeaderSearchRows = 12;

    /// <summary>How many rows above a blank header cell may supply its name.</summary>
    private const int RowsAboveHeader = 2;

    private ColumnMap(int headerRowIndex, IReadOnlyList<Column> columns)
    {
        HeaderRowIndex = headerRowIndex;
        Columns = columns;
    }

    /// <summary>Index in <see cref="Table.Rows"/> of the header row.</summary>
    public int HeaderRowIndex { get; }

    public IReadOnlyList<Column> Columns { get; }

    /// <summary>Columns of measured variables the alias table knows.</summary>
    public IEnumerable<Column> Measured => Columns.Where(c => c.Role == HeaderRole.Variable);

    /// <summary>Columns with a header the alias table does not know.</summary>
    public IEnumerable<Column> Unknown =>
        Columns.Where(c => c.Role == HeaderRole.Unknown && c.Header.Length > 0);

    /// <summary>The first header row, within the first rows, that <paramref name="accepts"/> takes.</summary>
    public static ColumnMap? Locate(Table table, Func<ColumnMap, bool> accepts)
    {
        var limit = Math.Min(table.Rows.Count, HeaderSearchRows);

        for (var r = 0; r < limit; r++)
        {
            var map = ForRow(table, r);

            if (!accepts(map))
            {
                continue;
            }

            // A header over two rows (an HTML group row whose key cells span both rows) is
            // accepted on its upper row too; the lower row is the header when it names more
            // variables.
            var lower = r + 1 < limit ? ForRow(table, r + 1) : null;

            return lower is not null && accepts(lower) && lower.Measured.Count() > map.Measured.Count()
                ? lower
                : map;
        }

        return null;
    }

    /// <summary>The first column in this role; the station list repeats 중권역, for one.</summary>
    public Column? Find(HeaderRole role) => Columns.FirstOrDefault(c => c.Role == role);

    public bool Has(HeaderRole role) => Columns.Any(c => c.Role == role);

    /// <summary>
    /// The rows below the header. Rows right under it with a blank key cell and no number
    /// anywhere are the unit or code rows of a template (<c>YYMMDD</c>, <c>1:투망 2:족대</c>,
    /// <c>%</c>) and are passed over; a data row that lacks its key still holds numbers, so
    /// it is given to the reader, which reports it.
    /// </summary>
    public IEnumerable<TableRow> DataRows(Table table, HeaderRole keyRole)
    {
        var key = Find(keyRole);
        var start = HeaderRowIndex + 1;

        while (start < table.Rows.Count && key is not null && IsUnitRow(table.Rows[start], key))
        {
            start++;
        }

        for (var i = start; i < table.Rows.Count; i++)
        {
            yield return table.Rows[i];
        }
    }

    private static bool IsUnitRow(TableRow row, Column key) =>
        !row.IsBlank
        && row[key.Index].Length == 0
        && !row.Cells.Any(cell => CellValueParser.TryParseNumber(cell, out _));

    private static ColumnMap ForRow(Table table, int rowIndex)
    {
        var first = Math.Max(0, rowIndex - RowsAboveHeader);
        var width = 0;

        for (var r = first; r <= rowIndex; r++)
        {
            width = Math.Max(width, table.Rows[r].Cells.Count);
        }

        var columns = new Column[width];

        for (var c = 0; c < width; c++)
        {
            var header = HeaderAt(table, rowIndex, first, c);
            var role = HeaderAliases.RoleOf(header);
            var variable = role == HeaderRole.Variable ? HeaderAliases.VariableOf(header) : null;

            columns[c] = new Column(c, header, role, variable);
        }

        return new ColumnMap(rowIndex, columns);
    }

    private static string HeaderAt(Table table, int rowIndex, int firstRow, int column)
    {
        for (var r = rowIndex; r >= firstRow; r--)
        {
            var text = table.Rows[r][column];

            if (text.Length > 0)
            {
                return text;
            }
        }

        return "";
    }
}
