namespace AlienFish.Abstractions;

/// <summary>
/// Where a value came from: file, sheet (for workbooks), 1-based row as a spreadsheet
/// shows it, and the column header.
/// </summary>
public sealed record SourceLocation(string File, string? Sheet, int Row, string? Column)
{
    public override string ToString()
    {
        var sheet = Sheet is null ? "" : $", sheet '{Sheet}'";
        var column = Column is null ? "" : $", column '{Column}'";

        return $"{File}{sheet}, row {Row}{column}";
    }
}
