using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Taxonomy;

/// <summary>The species a row names, and what did not fit when the row disagrees with itself.</summary>
/// <param name="Species">Null when the row names no species at all.</param>
/// <param name="Problem">A sentence for a diagnostic, or null.</param>
internal sealed record SpeciesResolution(Species? Species, string? Problem);
