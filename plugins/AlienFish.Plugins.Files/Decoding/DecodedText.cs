namespace AlienFish.Plugins.Files.Decoding;

/// <summary>A file's text and the encoding it was found to be in.</summary>
/// <param name="EncodingName"><c>utf-8</c>, <c>cp949</c> or <c>utf-16</c>, for messages.</param>
/// <param name="OtherLines">
/// Lines read in the other of UTF-8 and CP949 than the rest of the file: pasted from
/// another file.
/// </param>
/// <param name="BadLines">Lines of a UTF-8 file with bytes neither encoding reads, each read as U+FFFD.</param>
internal sealed record DecodedText(
    string Text, string EncodingName, LineCount? OtherLines = null, LineCount? BadLines = null);

/// <summary>How many lines, and the 1-based number of the first.</summary>
internal sealed record LineCount(int Lines, int First)
{
    /// <summary>The count with one more line, numbered <paramref name="number"/>.</summary>
    public LineCount And(int number) => new(Lines + 1, Lines == 0 ? number : First);
}
