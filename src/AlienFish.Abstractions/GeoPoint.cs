namespace AlienFish.Abstractions;

/// <summary>A position in WGS84 decimal degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);
