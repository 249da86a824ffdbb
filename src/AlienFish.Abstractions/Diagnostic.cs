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
    public override string ToString()
    {
        var where = Where is null ? "" : $"{Where}: ";
        var raw = RawText is null ? "" : $" (text '{RawText}')";

        return $"{Severity.ToString().ToLowerInvariant()} {Code}: {where}{Message}{raw}";
    }
}
