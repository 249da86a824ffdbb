using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// The portal's wide export (e.g. 도시의 수질현황): one row per station, under two header
/// rows. The first gives 구분(1)…구분(4), 위치 and then a month (<c>2025.03</c>) over every
/// item column, repeated once per item; the second gives the item names with their units.
/// The set of items differs from month to month. The file gives no station code, so
/// stations are keyed by their name (구분(4)) in network <c>wq</c> and the batch says so;
/// it gives no day either, so each sample is dated the first day of its month, and the
/// batch says that too.
/// </summary>
internal sealed class WaterQualityWideReader : ILayoutReader
{
    public string Layout => FileLayouts.WaterQualityWide;

    public IReadOnlyList<HeaderRole> Signature { get; } =
        [HeaderRole.Basin, HeaderRole.MidBasin, HeaderRole.SubBasin, HeaderRole.StationName];

    public HeaderRole KeyRole => HeaderRole.StationName;

    public bool Accepts(ColumnMap columns) =>
        columns.Has(HeaderRole.StationName)
        && columns.Has(HeaderRole.SubBasin)
        && columns.Measured.Any()
        && !columns.Has(HeaderRole.SampleDate)
        && !columns.Has(HeaderRole.StationCode);

    public void Read(LayoutInput input, SourceBatch batch, CancellationToken cancellationToken)
    {
        var header = input.Table.Rows[input.Columns.HeaderRowIndex];
        var months = Months(input, batch, MeasuredColumns.Prepare(input, batch));
        var name = input.Columns.Find(HeaderRole.StationName)!;
        var writer = new SampleWriter(input, batch, Networks.WaterQuality);
        var stations = new StationBook(input, batch, Networks.WaterQuality);
        var emptyRows = new List<TableRow>();

        foreach (var row in input.Columns.DataRows(input.Table, KeyRole))
        {
            cancellationToken.ThrowIfCancellationRequested();

            if (row.IsBlank)
            {
                continue;
            }

            var station = LayoutInput.Cell(row, name);

            if (station.Length == 0)
            {
                batch.Diagnostics.Add(input.Warning(
                    DiagnosticCodes.MissingKey, "the row has no station name; it was skipped", row, name));

                continue;
            }

            stations.Note(station, row, name);

            var kept = months.Sum(m => writer.Add(row, m.Column, new SampleKey(station, m.Month, null, null)));

            if (kept == 0)
            {
                emptyRows.Add(row);
            }
        }

        writer.Finish();
        EmptyRows.Report(input, batch, emptyRows);
        batch.Diagnostics.Add(input.Info(
            DiagnosticCodes.KeyedByName,
            "the file gives no station code, so its stations are keyed by name in network "
                + $"{Networks.WaterQuality}; link them to coded stations with a station list",
            header,
            name));
        batch.Diagnostics.Add(input.Info(
            DiagnosticCodes.MonthOnly,
            "the file gives months, not days: each sample is dated the first day of its month",
            header,
            null));
    }

    /// <summary>The month over each item column, from the row above the item names, in file order.</summary>
    private static List<(Column Column, DateOnly Month)> Months(
        LayoutInput input,
        SourceBatch batch,
        IReadOnlyList<Column> measured)
    {
        var index = input.Columns.HeaderRowIndex;
        var monthRow = index > 0 ? input.Table.Rows[index - 1] : null;
        var months = new List<(Column, DateOnly)>();

        foreach (var column in measured.OrderBy(c => c.Index))
        {
            var text = monthRow is null ? "" : LayoutInput.Cell(monthRow, column);

            if (DateText.TryParseMonth(text, out var month))
            {
                months.Add((column, month));

                continue;
            }

            batch.Diagnostics.Add(input.Warning(
                DiagnosticCodes.BadDate,
                "no month stands above this item; its column was not read",
                monthRow ?? input.Table.Rows[index],
                column,
                text));
        }

        return months;
    }
}
