namespace AlienFish.Replicas.OpenApi;

/// <summary>An answer ready to be written.</summary>
internal sealed record ReplicaAnswer(int Status, string ContentType, byte[] Body);
