using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Parsing;

/// <summary>What a measured-value cell says.</summary>
/// <param name="Number">The value; null unless <see cref="Kind"/> is a number.</param>
/// <param name="Limit">The limit written with a below-limit value, e.g. 0.1 in <c>&lt;0.1</c>.</param>
internal readonly record struct CellValue(
    CellValueKind Kind,
    double? Number,
    ValueQualifier Qualifier,
    double? Limit);
