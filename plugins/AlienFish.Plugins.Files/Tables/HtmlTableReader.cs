using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace AlienFish.Plugins.Files.Tables;

/// <summary>
/// Reads the <c>&lt;table&gt;</c>s of an HTML page, as old portals served for ".xls"
/// downloads, into rows of cell text, so that the same layout readers read them. A cell
/// that spans rows or columns (<c>rowspan</c>, <c>colspan</c>) gives its text to every cell
/// it covers, as the wide CSV export repeats its month over each item; header cells
/// (<c>&lt;th&gt;</c>, in <c>&lt;thead&gt;</c> or not) are cells like any other.
/// </summary>
internal static class HtmlTableReader
{
    /// <summary>No real export spans more columns; a damaged file may claim thousands.</summary>
    private const int MaxColumnSpan = 256;

    public static IReadOnlyList<Table> Read(string text, string fileName, CancellationToken cancellationToken)
    {
        var document = new HtmlParser().ParseDocument(text);
        var elements = document.QuerySelectorAll("table").OfType<IHtmlTableElement>().ToList();

        if (elements.Count == 0)
        {
            throw FileErrors.HtmlPage(fileName);
        }

        var tables = new List<Table>(elements.Count);

        for (var i = 0; i < elements.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();

            var sheet = elements.Count == 1 ? null : $"table {i + 1}";

            tables.Add(new Table(sheet, Grid(elements[i])));
        }

        return tables;
    }

    private static List<TableRow> Grid(IHtmlTableElement table)
    {
        var rows = table.Rows.ToList();
        var grid = rows.Select(_ => new List<string?>()).ToList();

        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;

            foreach (var cell in rows[r].Cells)
            {
                while (column < grid[r].Count && grid[r][column] is not null)
                {
                    column++;
                }

                var text = Clean(cell.TextContent);
                var width = (int)Math.Clamp(cell.ColumnSpan, 1, MaxColumnSpan);
                var left = rows.Count - r;
                var height = cell.RowSpan == 0 ? left : (int)Math.Min(cell.RowSpan, (uint)left);

                for (var dr = 0; dr < Math.Max(height, 1); dr++)
                {
                    Fill(grid[r + dr], column, width, text);
                }

                column += width;
            }
        }

        return [.. grid.Select((cells, r) => new TableRow(r + 1, [.. cells.Select(c => c ?? "")]))];
    }

    private static void Fill(List<string?> cells, int column, int width, string text)
    {
        while (cells.Count < column + width)
        {
            cells.Add(null);
        }

        for (var c = column; c < column + width; c++)
        {
            cells[c] ??= text;
        }
    }

    /// <summary>The cell's text with runs of white space, no-break spaces included, made one space.</summary>
    private static string Clean(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
