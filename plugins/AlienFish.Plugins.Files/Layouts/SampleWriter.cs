using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// Turns the value cells of the water-quality layouts into samples, the same way for every
/// layout: a blank cell makes none, a word or sign makes a qualified sample with no value,
/// and text that is no value is reported where it stands. The grid sentinels are counted
/// and reported once per table, since a file that holds one holds many.
/// </summary>
internal sealed class SampleWriter
{
    private readonly LayoutInput _input;
    private readonly SourceBatch _batch;
    private readonly string _network;
    private readonly UnknownColumnText _unknownText = new();
    private readonly Dictionary<ValueQualifier, (TableRow Row, Column Column, string Text, int Count)>
        _sentinels = [];

    public SampleWriter(LayoutInput input, SourceBatch batch, string network)
    {
        _input = input;
        _batch = batch;
        _network = network;
    }

    /// <summary>Adds the sample of one cell; 1 when a sample was made, else 0.</summary>
    public int Add(TableRow row, Column column, SampleKey key)
    {
        var text = LayoutInput.Cell(row, column);
        var value = CellValueParser.Parse(text);

        switch (value.Kind)
        {
            case CellValueKind.Blank:
                return 0;
            case CellValueKind.Invalid:
                ReportText(row, column, text);
                return 0;
            case CellValueKind.Sentinel:
                NoteSentinel(row, column, text, value.Qualifier);
                break;
        }

        if (value.Kind == CellValueKind.Sentinel && value.Qualifier == ValueQualifier.None)
        {
            return 0;
        }

        _batch.Samples.Add(new WaterSample(
            _network,
            key.StationCode,
            key.Date,
            key.Round,
            key.Time,
            MeasuredColumns.VariableCode(column),
            value.Number,
            MeasuredColumns.Unit(column),
            value.Qualifier,
            value.Limit,
            text,
            _input.Where(row, column)));

        return 1;
    }

    public void Finish()
    {
        _unknownText.Report(_input, _batch);

        foreach (var (qualifier, (row, column, text, count)) in _sentinels)
        {
            var meaning = qualifier == ValueQualifier.None
                ? "the portal's mark for a blank; read as missing"
                : "the portal's mark for 정량한계미만; read as below quantification";

            _batch.Diagnostics.Add(_input.Info(
                DiagnosticCodes.Sentinel,
                $"{count} cells hold {text}, {meaning} (the first is here)",
                row,
                column,
                text));
        }
    }

    private void NoteSentinel(TableRow row, Column column, string text, ValueQualifier qualifier)
    {
        _sentinels[qualifier] = _sentinels.TryGetValue(qualifier, out var seen)
            ? seen with { Count = seen.Count + 1 }
            : (row, column, text, 1);
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
}
