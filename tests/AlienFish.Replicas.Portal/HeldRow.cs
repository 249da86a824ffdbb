namespace AlienFish.Replicas.Portal;

/// <summary>
/// One data row the replica holds, with every cell as text: numbers in invariant culture
/// without a trailing <c>.0</c>, blanks as empty strings.
/// </summary>
/// <param name="Sheet"><c>출현생물</c>, <c>현지조사</c> or <c>수질</c>.</param>
/// <param name="Cells">
/// The row's cells in file order. For 출현생물 the first column (번호) is left out: the
/// portal numbers the rows of each download afresh, so it tells nothing about the row.
/// </param>
public sealed record HeldRow(string Sheet, IReadOnlyList<string> Cells)
{
    /// <summary>The cells joined by a tab, for comparing rows as plain strings.</summary>
    public string Text => string.Join('\t', Cells);
}
