namespace AlienFish.Replicas.OpenApi;

/// <summary>How the replica misbehaves when <see cref="ReplicaOptions"/> asks it to.</summary>
public enum ReplicaFault
{
    /// <summary>Answers normally.</summary>
    None,

    /// <summary>HTTP 500 with the gateway's short HTML page, as the real service gives under load.</summary>
    Http500,

    /// <summary>HTTP 200 with an HTML error page instead of data.</summary>
    HtmlPage,

    /// <summary>HTTP 200 with <c>response.header.resultCode</c> 01 APPLICATION_ERROR.</summary>
    ApplicationError,

    /// <summary>Holds the request for <see cref="ReplicaOptions.StallTime"/> before it answers.</summary>
    Stall,
}
