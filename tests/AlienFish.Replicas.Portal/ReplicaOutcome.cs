namespace AlienFish.Replicas.Portal;

/// <summary>How the replica answered one request.</summary>
public enum ReplicaOutcome
{
    /// <summary>An HTML page.</summary>
    Page,

    /// <summary>A JSON answer to a page's script.</summary>
    Data,

    /// <summary>A file download.</summary>
    Download,

    /// <summary>The HTML error page that refuses too many sites at once.</summary>
    TooLarge,

    /// <summary>An HTTP 500, drawn at random or asked for by the options.</summary>
    Failed,

    /// <summary>HTTP 400 for a request without a browser User-Agent.</summary>
    Rejected,

    /// <summary>HTTP 404.</summary>
    NotFound,
}
