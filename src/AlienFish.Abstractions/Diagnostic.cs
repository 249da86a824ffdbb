namespace AlienFish.Abstractions;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// A problem found in the data: collected during a run and summarised at its end.
/// <c>--strict</c> makes warnings and errors fatal.
/// </summary>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    SourceLocation? Where = null,
    string? RawText = null)
{
    /// <summary>The most of a cell's text that a message quotes; the store keeps it whole.</summary>
    private const int QuotedLength = 200;

    public override string ToString()
    {
        var where = Where is null ? "" : $"{Where}: ";
        var quoted = RawText is { Length: > QuotedLength }
            ? $"{RawText[..QuotedLength]}…' and {RawText.Length - QuotedLength} more characters"
            : $"{RawText}'";
        var raw = RawText is null ? "" : $" (text '{quoted})";

        return $"{Severity.ToString().ToLowerInvariant()} {Code}: {where}{Message}{raw}";
    }
}
