namespace AlienFish.Replicas.Portal;

/// <summary>A fish survey reach or a water-quality station as the replica lists it.</summary>
/// <param name="Basin">대권역, e.g. 금강.</param>
/// <param name="MidBasin">중권역, e.g. 갑천.</param>
public sealed record ReplicaSite(string Code, string Name, string Basin, string MidBasin);
