namespace AlienFish.Plugins.OpenApi;

/// <summary>How the source goes on after a response.</summary>
internal enum AnswerKind
{
    /// <summary>A page of results, possibly empty.</summary>
    Data,

    /// <summary>Worth asking again after a pause: HTTP 5xx, an HTML error page, a timeout, code 01.</summary>
    Transient,

    /// <summary>The key is unknown, expired or not allowed here: stop the crawl.</summary>
    KeyRejected,

    /// <summary>The key's daily request limit is used up: stop until tomorrow.</summary>
    QuotaExceeded,

    /// <summary>The API says the request itself is wrong: asking again gives the same answer.</summary>
    Refused,

    /// <summary>A well-formed answer of a shape this source does not know.</summary>
    UnknownShape,
}
