using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// The value columns of the water-quality layouts. A column whose header maps to no
/// variable is not dropped: it is listed in <see cref="SourceBatch.UnknownColumns"/>,
/// reported once, and its numbers are kept under the header as the file writes it.
/// </summary>
internal static class MeasuredColumns
{
    public static IReadOnlyList<Column> Prepare(LayoutInput input, SourceBatch batch)
    {
        var header = input.Table.Rows[input.Columns.HeaderRowIndex];
        var unknown = input.Columns.Unknown.ToList();

        // The wide export repeats each item once per month: one report per header is enough.
        foreach (var column in unknown.DistinctBy(c => c.Header))
        {
            if (batch.UnknownColumns.Contains(column.Header))
            {
                continue;
            }

            batch.UnknownColumns.Add(column.Header);
            batch.Diagnostics.Add(input.Warning(
                DiagnosticCodes.UnknownColumn,
                "the column maps to no known variable; its numbers are kept under this header",
                header,
                column));
        }

        return [.. input.Columns.Measured, .. unknown];
    }

    /// <summary>The variable code a value of this column is stored under.</summary>
    public static string VariableCode(Column column) => column.Variable?.Code ?? column.Header;

    public static string Unit(Column column) => column.Variable?.Unit ?? "";
}
