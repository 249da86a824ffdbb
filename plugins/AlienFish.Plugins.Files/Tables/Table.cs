namespace AlienFish.Plugins.Files.Tables;

/// <summary>The rows of one sheet of a workbook, or of a whole CSV file.</summary>
internal sealed class Table
{
    public Table(string? sheet, IReadOnlyList<TableRow> rows)
    {
        Sheet = sheet;
        Rows = rows;
    }

    /// <summary>The sheet name; null for a text file.</summary>
    public string? Sheet { get; }

    public IReadOnlyList<TableRow> Rows { get; }
}
