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
            FileContainer.Json => [JsonTableReader.Read(WholeText(file), file.Name, problems)],
            FileContainer.Xml => [XmlTableReader.Read(WholeText(file), file.Name, problems)],
            FileContainer.Html => HtmlTableReader.Read(WholeText(file), file.Name, cancellationToken),
            FileContainer.Empty => throw FileErrors.EmptyFile(file.Name),
            _ => throw FileErrors.NotText(file.Name),
        };

        return new TableSet(container, tables, problems);
    }

    /// <summary>Documents are read whole even to recognise them: their parts are nested.</summary>
    private static string WholeText(RawFile file) => TextDecoding.Decode(file.Content.Span).Text;

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
            ? TextDecoding.Decode(content).Text
            : TextDecoding.DecodePrefix(content[..RecognitionBytes]);

        return CsvTableReader.Read(text, file.Name, maxRows, problems, cancellationToken);
    }
}
