namespace AlienFish.Abstractions;

/// <summary>
/// A file as it was downloaded or found on disk. Sources recognise files by their
/// content, never by the extension of <see cref="Name"/>.
/// </summary>
/// <param name="Name">File name shown in messages, e.g. <c>geum2016.csv</c>.</param>
/// <param name="Path">Where the file was read from, or the URL it was downloaded from.</param>
public sealed record RawFile(string Name, string Path, ReadOnlyMemory<byte> Content);
