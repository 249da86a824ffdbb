namespace AlienFish.Replicas.Portal.Data;

/// <summary>One sample line of a 수질측정망 long export, kept byte for byte.</summary>
/// <param name="Month">Year and month of the sample as <c>yyyyMM</c>, e.g. 201601.</param>
internal sealed record WaterQualityRow(string Code, string Name, int Month, IReadOnlyList<string> Fields, byte[] Line);
