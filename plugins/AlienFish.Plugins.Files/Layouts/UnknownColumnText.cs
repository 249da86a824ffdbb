using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// Collects the text cells of unknown columns so that each such column is reported once,
/// not once per cell: it is often a note or a status, and a warning per row would bury
/// the rest of the diagnostics.
/// </summary>
internal sealed class UnknownColumnText
{
    private readonly Dictionary<Column, Entry> _entries = [];

    public void Note(Column column, TableRow row, string text)
    {
        if (_entries.TryGetValue(column, out var entry))
        {
            entry.Count++;

            return;
        }

        _entries.Add(column, new Entry(row, text));
    }

    public void Report(LayoutInput input, SourceBatch batch)
    {
        foreach (var (column, entry) in _entries)
        {
            batch.Diagnostics.Add(input.Info(
                DiagnosticCodes.NotANumber,
                $"{entry.Count} cells of this unknown column hold text, not numbers; "
                    + "they were not kept (the first is quoted)",
                entry.First,
                column,
                entry.Text));
        }
    }

    private sealed class Entry(TableRow first, string text)
    {
        public TableRow First { get; } = first;

        public string Text { get; } = text;

        public int Count { get; set; } = 1;
    }
}
