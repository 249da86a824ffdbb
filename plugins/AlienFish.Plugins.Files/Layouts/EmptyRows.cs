using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// Rows that name a station and a date but hold no value (<c>공지천3,2023.01.09,,,,,확정</c>)
/// make no sample; they are reported once per table, pointing at the first.
/// </summary>
internal static class EmptyRows
{
    public static void Report(LayoutInput input, SourceBatch batch, IReadOnlyList<TableRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        batch.Diagnostics.Add(input.Info(
            DiagnosticCodes.EmptyRows,
            $"{rows.Count} rows give a station and date but no value (the first is here)",
            rows[0],
            null));
    }
}
