namespace AlienFish.Plugins.Files.Tables;

/// <summary>
/// Builds one table from the items of an Open API answer: the field names, in the order
/// they first appear, are the header row, and each item is a row. Rows are numbered as the
/// CSV of the same items would number them: the names are row 1 and item n is row n+1.
/// </summary>
internal static class ApiItems
{
    /// <summary>
    /// The table of an answer that matched nothing: the measurement fields with no rows, so
    /// it reads as a long water-quality table holding no samples rather than as an error.
    /// </summary>
    public static Table EmptyMeasurements()
    {
        var table = ToTable([[("PT_NO", ""), ("PT_NM", ""), ("WMCYMD", ""), ("WMWK", ""), ("ITEM_DOC", "")]]);
        return new Table(table.Sheet, [table.Rows[0]]);
    }

    public static Table ToTable(IReadOnlyList<IReadOnlyList<(string Name, string Value)>> items)
    {
        var names = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var (name, _) in items.SelectMany(item => item))
        {
            if (index.TryAdd(name, names.Count))
            {
                names.Add(name);
            }
        }

        var rows = new List<TableRow>(items.Count + 1) { new(1, names) };

        for (var i = 0; i < items.Count; i++)
        {
            var cells = new string[names.Count];

            Array.Fill(cells, "");

            foreach (var (name, value) in items[i])
            {
                cells[index[name]] = value;
            }

            rows.Add(new TableRow(i + 2, cells));
        }

        return new Table(null, rows);
    }
}
