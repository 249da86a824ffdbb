using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// In delimited text every row has as many fields as the header. A row with more (a stray
/// comma in a value) or fewer (a lost one, or a file cut short) cannot be put under the
/// right columns: every value after the slip would land in the next variable. Such rows
/// are left out and reported, once per table. Trailing empty fields are no slip.
/// </summary>
internal static class RowWidths
{
    /// <summary>The table without its rows of the wrong width.</summary>
    public static Table Checked(string fileName, Table table, ColumnMap columns, SourceBatch batch)
    {
        var width = Width(table.Rows[columns.HeaderRowIndex]);
        var wrong = new List<TableRow>();
        var kept = new List<TableRow>(table.Rows.Count);

        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var fits = i <= columns.HeaderRowIndex || row.IsBlank || Width(row) == width
                || (Width(row) < width && row.Cells.Count >= width);

            (fits ? kept : wrong).Add(row);
        }

        if (wrong.Count == 0)
        {
            return table;
        }

        batch.Diagnostics.Add(Report(fileName, table, wrong, width, isLast: wrong[^1] == table.Rows[^1]));

        return new Table(table.Sheet, kept);
    }

    private static Diagnostic Report(string fileName, Table table, List<TableRow> wrong, int width, bool isLast)
    {
        var first = wrong[0];
        var where = new SourceLocation(fileName, table.Sheet, first.Number, null);
        var fields = Width(first);

        if (wrong.Count == 1 && isLast && fields < width)
        {
            return new Diagnostic(
                DiagnosticSeverity.Warning,
                DiagnosticCodes.RowWidth,
                $"the last row has {fields} of the header's {width} fields: the file looks cut short, and the "
                + "row was left out. Download the file again to have it whole",
                where);
        }

        var rows = wrong.Count == 1 ? "1 row has" : $"{wrong.Count} rows have";

        return new Diagnostic(
            DiagnosticSeverity.Warning,
            DiagnosticCodes.RowWidth,
            $"{rows} another number of fields than the header's {width} (the first is here, with {fields}): "
            + "a comma in a value or a lost one would put every value after it under the wrong variable, so "
            + "these rows were left out. Quote the value that holds a comma, or mend the row, and import the "
            + "file again",
            where);
    }

    /// <summary>The number of fields up to the last one that is not empty.</summary>
    private static int Width(TableRow row)
    {
        var cells = row.Cells;
        var last = cells.Count - 1;

        while (last >= 0 && string.IsNullOrWhiteSpace(cells[last]))
        {
            last--;
        }

        return last + 1;
    }
}
