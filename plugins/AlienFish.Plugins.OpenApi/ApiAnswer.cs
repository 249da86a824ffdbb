namespace AlienFish.Plugins.OpenApi;

/// <summary>What one response turned out to be, before anything is retried or raised.</summary>
/// <param name="Reason">The API's own words (e.g. SERVICE_KEY_IS_NOT_REGISTERED_ERROR) or ours.</param>
/// <param name="Code">The API's result code, or the HTTP status when there is none.</param>
/// <param name="Page">The page when <paramref name="Kind"/> is <see cref="AnswerKind.Data"/>.</param>
internal sealed record ApiAnswer(AnswerKind Kind, string Reason, string Code, ApiPage? Page)
{
    public static ApiAnswer Data(ApiPage page) => new(AnswerKind.Data, "NORMAL SERVICE", "00", page);

    public static ApiAnswer Transient(string reason, string code = "") => new(AnswerKind.Transient, reason, code, null);
}
