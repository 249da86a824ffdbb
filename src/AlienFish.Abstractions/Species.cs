namespace AlienFish.Abstractions;

/// <summary>
/// A fish species keyed by its binomial (genus and species, author stripped). Forms that
/// share a binomial, such as 향어 (Israeli carp) and 잉어 under <i>Cyprinus carpio</i>,
/// are told apart by <paramref name="Key"/>.
/// </summary>
/// <param name="Key">Stable key: the binomial, or binomial plus form.</param>
public sealed record Species(string Key, string ScientificName, string KoreanName, SpeciesStatus Status);
