using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// The 수질측정망 long export: one row per station visit, with the station's DMS position
/// repeated on every row and one column per ticked variable. Every non-blank value cell
/// becomes a <see cref="WaterSample"/>; each station code becomes one <see cref="Station"/>.
/// </summary>
internal sealed class WaterQualityLongReader : ILayoutReader
{
    public string Layout => FileLayouts.WaterQualityLong;

    public IReadOnlyList<HeaderRole> Signature { get; } =
        [HeaderRole.StationCode, HeaderRole.StationName, HeaderRole.SampleDate];

    public HeaderRole KeyRole => HeaderRole.StationCode;

    public bool Accepts(ColumnMap columns) =>
        columns.Has(HeaderRole.StationCode)
        && columns.Has(HeaderRole.SampleDate)
        && !columns.Has(HeaderRole.ReachCode);

    public void Read(LayoutInput input, SourceBatch batch, CancellationToken cancellationToken)
    {
        var visit = new Visit(input, batch, MeasuredColumns.Prepare(input, batch));
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

        if (emptyRows.Count > 0)
        {
            batch.Diagnostics.Add(input.Info(
                DiagnosticCodes.EmptyRows,
                $"{emptyRows.Count} rows give a station and date but no value (the first is here)",
                emptyRows[0],
                null));
        }
    }

    /// <summary>The state of one table's reading: its stations seen so far and its columns.</summary>
    private sealed class Visit
    {
        private readonly LayoutInput _input;
        private readonly SourceBatch _batch;
        private readonly IReadOnlyList<Column> _measured;
        private readonly Dictionary<string, (TableRow Row, string Position)> _stations = [];
        private readonly HashSet<string> _moved = [];
        private readonly UnknownColumnText _unknownText = new();
        private readonly Column _code;
        private readonly Column _date;
        private readonly Column? _name;
        private readonly Column? _round;
        private readonly Column? _time;
        private readonly Column? _latitude;
        private readonly Column? _longitude;

        public Visit(LayoutInput input, SourceBatch batch, IReadOnlyList<Column> measured)
        {
            _input = input;
            _batch = batch;
            _measured = measured;

            var columns = input.Columns;

            _code = columns.Find(HeaderRole.StationCode)!;
            _date = columns.Find(HeaderRole.SampleDate)!;
            _name = columns.Find(HeaderRole.StationName);
            _round = columns.Find(HeaderRole.Round);
            _time = columns.Find(HeaderRole.SampleTime);
            _latitude = columns.Find(HeaderRole.Latitude);
            _longitude = columns.Find(HeaderRole.Longitude);
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

            NoteStation(code, row);

            var round = LayoutInput.Cell(row, _round);
            var time = ReadTime(row);
            var kept = 0;

            foreach (var column in _measured)
            {
                kept += AddSample(row, column, code, date, round.Length == 0 ? null : round, time);
            }

            return kept > 0;
        }

        public void Finish() => _unknownText.Report(_input, _batch);

        private int AddSample(
            TableRow row,
            Column column,
            string code,
            DateOnly date,
            string? round,
            TimeOnly? time)
        {
            var text = LayoutInput.Cell(row, column);
            var value = CellValueParser.Parse(text);

            if (value.Kind == CellValueKind.Invalid)
            {
                ReportText(row, column, text);
            }

            if (value.Kind is CellValueKind.Blank or CellValueKind.Invalid)
            {
                return 0;
            }

            _batch.Samples.Add(new WaterSample(
                Networks.WaterQuality,
                code,
                date,
                round,
                time,
                MeasuredColumns.VariableCode(column),
                value.Number,
                MeasuredColumns.Unit(column),
                value.Qualifier,
                value.Limit,
                text,
                _input.Where(row, column)));

            return 1;
        }

        private void ReportText(TableRow row, Column column, string text)
        {
            if (column.Variable is null)
            {
                _unknownText.Note(column, row, text);

                return;
            }

            _batch.Diagnostics.Add(_input.Warning(
                DiagnosticCodes.NotANumber, "not a number; no sample was made", row, column, text));
        }

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

        /// <summary>
        /// The first row of a code gives its station; a later row that places it elsewhere
        /// is reported once, since a station's position does not change within an export.
        /// </summary>
        private void NoteStation(string code, TableRow row)
        {
            var position = $"{LayoutInput.Cell(row, _latitude)} {LayoutInput.Cell(row, _longitude)}";

            if (_stations.TryGetValue(code, out var first))
            {
                if (first.Position != position && _moved.Add(code))
                {
                    _batch.Diagnostics.Add(_input.Warning(
                        DiagnosticCodes.StationMoved,
                        $"station {code} is placed elsewhere than on row {first.Row.Number}; "
                            + "the first position is kept",
                        row,
                        _latitude,
                        position));
                }

                return;
            }

            _stations.Add(code, (row, position));

            var location = Positions.FromText(_input, row, _latitude, _longitude, _batch);
            var name = LayoutInput.Cell(row, _name);

            _batch.Stations.Add(new Station(Networks.WaterQuality, code, name, location));
        }
    }
}
