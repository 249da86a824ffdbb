using AlienFish.Abstractions;

namespace AlienFish.Plugins.OpenApi;

/// <summary>
/// The data.go.kr service key. It is sent only in the query of a request and never shown:
/// <see cref="ToString"/> hides it and <see cref="Redact"/> removes it from any text that
/// might reach a message or a log.
/// </summary>
/// <remarks>
/// The portal shows each key twice, once %-encoded and once decoded. The encoded one must go
/// into the URL as it is: encoding it again turns <c>%2B</c> into <c>%252B</c> and the API
/// answers SERVICE_KEY_IS_NOT_REGISTERED_ERROR. So a key that contains <c>%</c> is taken as
/// already encoded and appended raw, and any other key is encoded exactly once.
/// </remarks>
internal sealed class ServiceKey
{
    public const string EnvironmentVariable = "FISHDENS_API_KEY";

    private const string Hidden = "***";

    private readonly string _given;

    private ServiceKey(string given)
    {
        _given = given;
        QueryValue = given.Contains('%', StringComparison.Ordinal) ? given : Uri.EscapeDataString(given);
    }

    /// <summary>The key as it goes after <c>serviceKey=</c>.</summary>
    public string QueryValue { get; }

    /// <summary>
    /// Takes the key from <c>--set service-key</c> when given there, else from the
    /// environment, so a key on the command line can override a stale one in a profile.
    /// </summary>
    public static ServiceKey Resolve(PluginSettings settings, Func<string, string?> environment)
    {
        var given = settings.GetString(WaterQualityApiSource.ServiceKeySetting, "").Trim();

        if (given.Length == 0)
        {
            given = (environment(EnvironmentVariable) ?? "").Trim();
        }

        if (given.Length == 0)
        {
            throw OpenApiErrors.MissingKey();
        }

        return new ServiceKey(given);
    }

    /// <summary>Replaces every form of the key in <paramref name="text"/> with <c>***</c>.</summary>
    public string Redact(string text)
    {
        foreach (var form in Forms())
        {
            text = text.Replace(form, Hidden, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    public override string ToString() => "(service key hidden)";

    private IEnumerable<string> Forms()
    {
        // Longest first, so that a form containing another is replaced whole.
        string[] forms = [_given, QueryValue, Uri.EscapeDataString(QueryValue), Uri.UnescapeDataString(_given)];

        return forms.Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length);
    }
}
