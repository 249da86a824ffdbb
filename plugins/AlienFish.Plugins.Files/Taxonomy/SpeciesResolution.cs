using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Taxonomy;

/// <summary>The species a row names, and what did not fit when the row disagrees with itself.</summary>
/// <param name="Species">Null when the row names no species at all.</param>
/// <param name="Problem">A sentence for a diagnostic, or null.</param>
/// <param name="NamesDisagree">
/// True when the row's Korean and scientific names point at different species, so its
/// Korean name cannot be taken as a name of the species it was keyed on.
/// </param>
internal sealed record SpeciesResolution(Species? Species, string? Problem, bool NamesDisagree = false);
