namespace AlienFish.Abstractions;

/// <summary>
/// A Korean name under which a file wrote a species, such as 배스 for the largemouth bass
/// whose official name is 큰입배스, so the store can find a species by any of its names.
/// </summary>
/// <param name="SpeciesKey">The <see cref="Species.Key"/> the name stands for.</param>
public sealed record SpeciesName(string Name, string SpeciesKey);
