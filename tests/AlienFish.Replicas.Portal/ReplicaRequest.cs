namespace AlienFish.Replicas.Portal;

/// <summary>One request the replica answered, in the order the answers were sent.</summary>
/// <param name="PathAndQuery">The path with its query string, e.g. <c>/web/waterMeasure?pMENU_NO=2</c>.</param>
/// <param name="SiteCount">For searches and downloads, how many sites the request named.</param>
public sealed record ReplicaRequest(
    DateTimeOffset At,
    string Method,
    string PathAndQuery,
    int Status,
    ReplicaOutcome Outcome,
    int? SiteCount,
    string UserAgent);
