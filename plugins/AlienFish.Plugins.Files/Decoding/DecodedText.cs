namespace AlienFish.Plugins.Files.Decoding;

/// <summary>A file's text and the encoding it was found to be in.</summary>
/// <param name="EncodingName">e.g. <c>utf-8</c> or <c>cp949</c>, for messages.</param>
/// <param name="Cp949Lines">Lines of a UTF-8 file that were read as CP949.</param>
/// <param name="BadLines">Lines of a UTF-8 file with bytes neither encoding reads, each read as U+FFFD.</param>
internal sealed record DecodedText(
    string Text, string EncodingName, LineCount? Cp949Lines = null, LineCount? BadLines = null)
{
    /// <summary>Lines of a CP949 file that were read as UTF-8.</summary>
    public LineCount? Utf8Lines { get; init; }
}

/// <summary>How many lines, and the 1-based number of the first.</summary>
internal sealed record LineCount(int Lines, int First);
