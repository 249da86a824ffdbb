namespace AlienFish.Plugins.Files.Parsing;

internal enum CellValueKind
{
    /// <summary>Nothing in the cell: the value is missing and no record is made.</summary>
    Blank,

    /// <summary>A plain number.</summary>
    Number,

    /// <summary>A word or sign standing for a value, such as 정량한계미만 or <c>&lt;0.1</c>.</summary>
    Qualified,

    /// <summary>
    /// A grid sentinel: <c>999999999</c> (below quantification) or <c>888888888</c> (blank,
    /// so no record); readers say once per table that they met one.
    /// </summary>
    Sentinel,

    /// <summary>Text that is neither a number nor a known word.</summary>
    Invalid,
}
