using AlienFish.Plugins.Files.Parsing;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// One of the long water-quality layouts (one row per station visit, one column per
/// variable): which column keys its stations, in which network, and how its header is told
/// from the others.
/// </summary>
/// <param name="KeyedByName">True when the file has no station code and the key is a name.</param>
internal sealed record LongLayout(
    string Name,
    string Network,
    HeaderRole KeyRole,
    IReadOnlyList<HeaderRole> Signature,
    Func<ColumnMap, bool> Accepts,
    bool KeyedByName);
