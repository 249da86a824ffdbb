namespace AlienFish.Plugins.Files.Tables;

/// <summary>One row of a sheet or CSV file, each cell as text.</summary>
internal sealed class TableRow
{
    public TableRow(int number, IReadOnlyList<string> cells)
    {
        Number = number;
        Cells = cells;
    }

    /// <summary>The 1-based row number a spreadsheet or text editor shows for this row.</summary>
    public int Number { get; }

    public IReadOnlyList<string> Cells { get; }

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);

    /// <summary>The trimmed text of a cell; empty for a cell past the end of the row.</summary>
    public string this[int column] =>
        column >= 0 && column < Cells.Count ? Cells[column].Trim() : "";
}
