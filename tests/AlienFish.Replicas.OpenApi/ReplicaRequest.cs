namespace AlienFish.Replicas.OpenApi;

/// <summary>One request as the replica received it, for tests of politeness and key handling.</summary>
/// <param name="ReceivedAt">When it arrived, counted from the replica's start.</param>
/// <param name="AnsweredAt">When the answer was written, counted from the replica's start.</param>
/// <param name="Operation">The last path segment, e.g. <c>getWaterMeasuringList</c>.</param>
/// <param name="RawQuery">The query string exactly as sent, key included, without the leading <c>?</c>.</param>
/// <param name="RawServiceKey">The <c>serviceKey</c> value before any decoding, or null when absent.</param>
/// <param name="Query">The other parameters, decoded once as a server decodes them.</param>
/// <param name="Fault">The fault the replica played, or <see cref="ReplicaFault.None"/>.</param>
public sealed record ReplicaRequest(
    TimeSpan ReceivedAt,
    TimeSpan AnsweredAt,
    string Operation,
    string RawQuery,
    string? RawServiceKey,
    IReadOnlyDictionary<string, string> Query,
    string? UserAgent,
    int StatusCode,
    bool KeyAccepted,
    ReplicaFault Fault);
