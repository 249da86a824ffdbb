namespace AlienFish.Abstractions;

/// <summary>
/// The number of individuals of one species caught in one survey. A null count means the
/// cell said the count was not recorded, which is not zero.
/// </summary>
public sealed record SpeciesCount(SurveyKey Survey, Species Species, int? Count, SourceLocation Origin);
