using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Decoding;

namespace AlienFish.Plugins.Files.Tables;

/// <summary>Gives the rows of cells of any file this source reads, whatever its container.</summary>
internal static class TableReader
{
    private const int RecognitionBytes = 64 * 1024;

    public static TableSet Read(RawFile file, int? maxRows, CancellationToken cancellationToken)
    {
        var container = ContentSniffer.Sniff(file.Content.Span);
        var problems = new List<Diagnostic>();

        IReadOnlyList<Table> tables = container switch
        {
            FileContainer.Xlsx or FileContainer.Biff =>
                WorkbookTableReader.Read(file, container, maxRows, cancellationToken),
            FileContainer.Text => [ReadText(file, maxRows, problems, cancellationToken)],
            FileContainer.Json => [JsonTableReader.Read(WholeText(file, problems), file.Name, problems)],
            FileContainer.Xml => [XmlTableReader.Read(WholeText(file, problems), file.Name, problems)],
            FileContainer.Html => HtmlTableReader.Read(WholeText(file, problems), file.Name, cancellationToken),
            FileContainer.Empty => throw FileErrors.EmptyFile(file.Name),
            _ => throw FileErrors.NotText(file.Name),
        };

        return new TableSet(container, tables, problems);
    }

    /// <summary>Documents are read whole even to recognise them: their parts are nested.</summary>
    private static string WholeText(RawFile file, List<Diagnostic> problems) =>
        Checked(TextDecoding.Decode(file.Content.Span), file.Name, problems);

    private static Table ReadText(
        RawFile file,
        int? maxRows,
        List<Diagnostic> problems,
        CancellationToken cancellationToken)
    {
        // Recognition reads only the start of a file; decoding all of a large file for it
        // would make offering a file to this source as slow as reading it.
        var content = file.Content.Span;
        var text = maxRows is null || content.Length <= RecognitionBytes
            ? Checked(TextDecoding.Decode(content), file.Name, problems)
            : TextDecoding.DecodePrefix(content[..RecognitionBytes]);

        return CsvTableReader.Read(text, file.Name, maxRows, problems, cancellationToken);
    }

    /// <summary>The text, with a warning for lines that were not in the file's encoding.</summary>
    private static string Checked(DecodedText decoded, string fileName, List<Diagnostic> problems)
    {
        if (decoded.OtherLines is { Lines: > 0 } other)
        {
            var (lines, are, they) = Counted(other.Lines);
            var (rest, pasted) = decoded.EncodingName == "utf-8" ? ("UTF-8", "CP949") : ("CP949", "UTF-8");

            problems.Add(Mixed(
                fileName,
                other,
                $"{lines} {are} in {pasted} while the rest of the file is {rest} (the first is here); "
                + $"{they} read as {pasted}"));
        }

        if (decoded.BadLines is { Lines: > 0 } bad)
        {
            var (lines, are, _) = Counted(bad.Lines);

            problems.Add(Mixed(
                fileName,
                bad,
                $"{lines} of a UTF-8 file {(are == "is" ? "holds" : "hold")} bytes that are neither UTF-8 nor CP949 "
                + "(the first is here); they were read as '\uFFFD'. Download or save the file again to recover "
                + "the text"));
        }

        return decoded.Text;
    }

    private static (string Lines, string Are, string They) Counted(int lines) =>
        lines == 1 ? ("1 line", "is", "it was") : ($"{lines} lines", "are", "they were");

    private static Diagnostic Mixed(string fileName, LineCount lines, string message) =>
        new(
            DiagnosticSeverity.Warning,
            DiagnosticCodes.MixedEncoding,
            message,
            new SourceLocation(fileName, null, lines.First, null));
}
