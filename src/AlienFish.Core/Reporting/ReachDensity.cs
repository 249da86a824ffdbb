using AlienFish.Abstractions;

namespace AlienFish.Core.Reporting;

/// <summary>A reach on the map with the mean predicted density of each species over its surveys.</summary>
/// <param name="Predicted">Individuals per m², in the model's species order.</param>
public sealed record ReachDensity(
    string Code, string Name, GeoPoint Location, int Surveys, IReadOnlyList<double> Predicted);
