namespace AlienFish.Abstractions;

/// <summary>
/// A file that a source cannot read at all. The message names the file and position and
/// says what to do; the host shows it as one line and stores nothing of the file.
/// </summary>
public sealed class SourceFormatException : Exception
{
    public SourceFormatException(string message, SourceLocation? where = null)
        : base(message)
    {
        Where = where;
    }

    public SourceLocation? Where { get; }
}
