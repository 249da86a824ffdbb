using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// 생물측정망 수질: the water chemistry measured at a fish reach around the survey date,
/// keyed like the other fish sheets but with 차수 for the round. Every non-blank value
/// cell becomes a <see cref="SiteChemistry"/>; the 비고 notes are passed on as
/// diagnostics, since they explain the blanks.
/// </summary>
internal sealed class FishChemistryReader : ILayoutReader
{
    public string Layout => FileLayouts.FishChemistry;

    public IReadOnlyList<HeaderRole> Signature { get; } = SurveyKeys.Roles;

    public HeaderRole KeyRole => HeaderRole.Year;

    public bool Accepts(ColumnMap columns) =>
        SurveyKeys.Present(columns)
        && columns.Measured.Any()
        && !columns.Has(HeaderRole.Count)
        && !columns.Has(HeaderRole.SurveyDate);

    public void Read(LayoutInput input, SourceBatch batch, CancellationToken cancellationToken)
    {
        var measured = MeasuredColumns.Prepare(input, batch);
        var notes = input.Columns.Columns.Where(c => c.Role == HeaderRole.Note).ToList();
        var unknownText = new UnknownColumnText();

        foreach (var row in input.Columns.DataRows(input.Table, KeyRole))
        {
            cancellationToken.ThrowIfCancellationRequested();

            if (row.IsBlank || !SurveyKeys.TryRead(input, row, batch, out var key))
            {
                continue;
            }

            foreach (var column in measured)
            {
                AddValue(input, batch, unknownText, row, column, key);
            }

            foreach (var column in notes)
            {
                var note = LayoutInput.Cell(row, column);

                if (note.Length > 0)
                {
                    batch.Diagnostics.Add(input.Info(
                        DiagnosticCodes.Note, $"note on survey {key}", row, column, note));
                }
            }
        }

        unknownText.Report(input, batch);
    }

    private static void AddValue(
        LayoutInput input,
        SourceBatch batch,
        UnknownColumnText unknownText,
        TableRow row,
        Column column,
        SurveyKey key)
    {
        var text = LayoutInput.Cell(row, column);
        var value = CellValueParser.Parse(text);

        switch (value.Kind)
        {
            case CellValueKind.Blank:
            case CellValueKind.Sentinel when value.Qualifier == ValueQualifier.None:
                return;
            case CellValueKind.Invalid when column.Variable is null:
                unknownText.Note(column, row, text);
                return;
            case CellValueKind.Invalid:
                batch.Diagnostics.Add(input.Warning(
                    DiagnosticCodes.NotANumber, "not a number; no value was kept", row, column, text));
                return;
            default:
                batch.SiteChemistry.Add(new SiteChemistry(
                    key,
                    MeasuredColumns.VariableCode(column),
                    value.Number,
                    MeasuredColumns.Unit(column),
                    value.Qualifier,
                    text,
                    input.Where(row, column))
                {
                    Limit = value.Limit,
                });
                return;
        }
    }
}
