using System.Globalization;

namespace AlienFish.Replicas.OpenApi;

/// <summary>Reads a query string the way the real service's servlet container does.</summary>
internal static class ReplicaQuery
{
    public const string KeyParameter = "serviceKey";

    /// <summary>The raw <c>serviceKey</c> (first one wins) and the other parameters decoded once.</summary>
    public static (string? RawKey, IReadOnlyDictionary<string, string> Query) Parse(string rawQuery)
    {
        string? rawKey = null;
        var query = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var pair in rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : pair[(equals + 1)..];

            if (name == KeyParameter)
            {
                rawKey ??= value;
            }
            else
            {
                query.TryAdd(name, Decode(value));
            }
        }

        return (rawKey, query);
    }

    /// <summary>
    /// True when the raw key, decoded once (with <c>+</c> as a space, as form decoding reads it),
    /// is the registered key: the encoded key sent raw and the decoded key encoded once both pass,
    /// a key encoded twice or a decoded key with a bare <c>+</c> do not.
    /// </summary>
    public static bool Matches(string? rawKey, string registered) =>
        rawKey is not null && string.Equals(Decode(rawKey), registered, StringComparison.Ordinal);

    /// <summary>A comma list as a set, or null when the parameter is absent (no filter).</summary>
    public static HashSet<string>? List(IReadOnlyDictionary<string, string> query, string name) =>
        query.TryGetValue(name, out var text)
            ? text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .ToHashSet(StringComparer.Ordinal)
            : null;

    /// <summary>A positive whole number, the fallback when absent, or null when malformed.</summary>
    public static int? Positive(IReadOnlyDictionary<string, string> query, string name, int fallback)
    {
        if (!query.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : null;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
