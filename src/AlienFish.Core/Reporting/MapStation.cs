using AlienFish.Abstractions;

namespace AlienFish.Core.Reporting;

/// <summary>A water-quality station on the map; <paramref name="Matched"/> when a survey used it.</summary>
public sealed record MapStation(string Code, string Name, GeoPoint Location, bool Matched);
