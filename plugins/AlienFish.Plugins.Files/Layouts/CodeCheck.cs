using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>Reports a station or reach code that a spreadsheet turned into a number.</summary>
internal static class CodeCheck
{
    /// <summary>What is wrong with such a code and what to do.</summary>
    public const string Problem =
        "the code was turned into a number in scientific notation by a spreadsheet and its "
        + "digits are lost; it is kept as written. Export the file again with the code "
        + "column formatted as text";

    /// <summary>A warning when <paramref name="code"/> is in scientific notation; the code is kept.</summary>
    public static void Report(LayoutInput input, SourceBatch batch, TableRow row, Column? column, string code)
    {
        if (!CodeText.LooksScientific(code))
        {
            return;
        }

        batch.Diagnostics.Add(input.Warning(
            DiagnosticCodes.CodeAsNumber,
            Problem,
            row,
            column,
            code));
    }
}
