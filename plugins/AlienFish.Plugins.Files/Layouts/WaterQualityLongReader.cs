using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// The long water-quality layouts (see <see cref="LongLayouts"/>): one row per station
/// visit, with the station's position (DMS text or split DMS fields) repeated on every row
/// where the file has one, and one column per ticked variable. Every non-blank value cell
/// becomes a <see cref="WaterSample"/>; each station key becomes one <see cref="Station"/>.
/// Rows keyed by <c>WQAMN_CODE</c> (the automatic network's pages) belong to network
/// <see cref="StationNetworks.Automatic"/>.
/// </summary>
internal sealed class WaterQualityLongReader : ILayoutReader
{
    private readonly LongLayout _layout;

    public WaterQualityLongReader(LongLayout layout)
    {
        _layout = layout;
    }

    public string Layout => _layout.Name;

    public IReadOnlyList<HeaderRole> Signature => _layout.Signature;

    public HeaderRole KeyRole => _layout.KeyRole;

    public bool Accepts(ColumnMap columns) => _layout.Accepts(columns);

    public void Read(LayoutInput input, SourceBatch batch, CancellationToken cancellationToken)
    {
        var visit = new Visit(input, batch, _layout, MeasuredColumns.Prepare(input, batch));
        var emptyRows = new List<TableRow>();

        foreach (var row in input.Columns.DataRows(input.Table, KeyRole))
        {
            cancellationToken.ThrowIfCancellationRequested();

            if (!row.IsBlank && !visit.Read(row))
            {
                emptyRows.Add(row);
            }
        }

        visit.Finish();
        EmptyRows.Report(input, batch, emptyRows);
    }

    /// <summary>The state of one table's reading: its stations seen so far and its columns.</summary>
    private sealed class Visit
    {
        private readonly LayoutInput _input;
        private readonly SourceBatch _batch;
        private readonly LongLayout _layout;
        private readonly IReadOnlyList<Column> _measured;
        private readonly SampleWriter _writer;
        private readonly StationBook _stations;
        private readonly Column _code;
        private readonly Column _date;
        private readonly Column? _round;
        private readonly Column? _time;

        public Visit(LayoutInput input, SourceBatch batch, LongLayout layout, IReadOnlyList<Column> measured)
        {
            _input = input;
            _batch = batch;
            _layout = layout;
            _measured = measured;
            var columns = input.Columns;

            _code = columns.Find(layout.KeyRole)!;

            // The portal's automatic-network pages key their rows by WQAMN_CODE.
            var network = StationNetworks.ByHeader(_code.Header) ?? layout.Network;

            _writer = new SampleWriter(input, batch, network);
            _stations = new StationBook(input, batch, network);
            _date = columns.Find(HeaderRole.SampleDate)!;
            _round = columns.Find(HeaderRole.Round);
            _time = columns.Find(HeaderRole.SampleTime);
        }

        /// <summary>Reads one row; false when the row had a station and date but no value.</summary>
        public bool Read(TableRow row)
        {
            var code = LayoutInput.Cell(row, _code);

            if (code.Length == 0)
            {
                _batch.Diagnostics.Add(_input.Warning(
                    DiagnosticCodes.MissingKey,
                    "the row has no station code; it was skipped",
                    row,
                    _code));

                return true;
            }

            var dateText = LayoutInput.Cell(row, _date);

            if (!DateText.TryParseDate(dateText, out var date))
            {
                _batch.Diagnostics.Add(_input.Warning(
                    DiagnosticCodes.BadDate, "not a date; the row was skipped", row, _date, dateText));

                return true;
            }

            _stations.Note(code, row, _code);

            var round = LayoutInput.Cell(row, _round);
            var time = _time is null ? StampTime(dateText) : ReadTime(row);
            var key = new SampleKey(code, date, round.Length == 0 ? null : round, time);
            var kept = 0;

            foreach (var column in _measured)
            {
                kept += _writer.Add(row, column, key);
            }

            return kept > 0;
        }

        public void Finish()
        {
            _writer.Finish();

            var first = _input.Table.Rows.Count > _input.Columns.HeaderRowIndex
                ? _input.Table.Rows[_input.Columns.HeaderRowIndex]
                : null;

            if (_layout.KeyedByName && first is not null)
            {
                _batch.Diagnostics.Add(_input.Info(
                    DiagnosticCodes.KeyedByName,
                    $"the file gives no station code, so its stations are keyed by name in network "
                        + $"{_layout.Network}; link them to coded stations with a station list",
                    first,
                    _code));
            }
        }

        /// <summary>The time of a date column that stamps date and time, where no time column is.</summary>
        private static TimeOnly? StampTime(string dateText) =>
            DateText.TryParseStampTime(dateText, out var time) ? time : null;

        private TimeOnly? ReadTime(TableRow row)
        {
            var text = LayoutInput.Cell(row, _time);

            if (text.Length == 0)
            {
                return null;
            }

            if (DateText.TryParseTime(text, out var time))
            {
                return time;
            }

            _batch.Diagnostics.Add(_input.Warning(
                DiagnosticCodes.BadTime,
                "not a time of day; the sample time is left unknown",
                row,
                _time,
                text));

            return null;
        }
    }
}
