namespace AlienFish.Replicas.OpenApi;

/// <summary>A station the replica lists in <c>getMsrstnList</c>.</summary>
/// <param name="Code">The 7-character 측정소 code, e.g. <c>3008A40</c>.</param>
/// <param name="Name">The 측정소 name, e.g. 대청댐.</param>
public sealed record ReplicaStation(string Code, string Name);
