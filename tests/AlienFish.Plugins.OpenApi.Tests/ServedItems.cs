using System.Text.Json;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.OpenApi.Tests;

/// <summary>
/// Reads the items out of saved JSON pages on its own, without the source's reader, so that
/// tests of the source do not trust the code they test.
/// </summary>
internal static class ServedItems
{
    public static List<string> Of(IEnumerable<RawFile> files) => [.. files.SelectMany(Of)];

    public static List<string> Of(RawFile file)
    {
        using var document = JsonDocument.Parse(file.Content);
        var envelope = document.RootElement.EnumerateObject().First().Value;

        if (!envelope.TryGetProperty("item", out var item))
        {
            return [];
        }

        var items = item.ValueKind == JsonValueKind.Array ? [.. item.EnumerateArray()] : new List<JsonElement> { item };

        return [.. items.Select(i => Canonical(i.EnumerateObject().Select(p => (p.Name, p.Value.GetString()!))))];
    }

    /// <summary>The <c>item</c> member of a saved page, to check how the API shaped it.</summary>
    public static JsonValueKind ItemKind(RawFile file)
    {
        using var document = JsonDocument.Parse(file.Content);
        var envelope = document.RootElement.EnumerateObject().First().Value;

        return envelope.TryGetProperty("item", out var item) ? item.ValueKind : JsonValueKind.Undefined;
    }

    public static List<string> Of(IEnumerable<IReadOnlyDictionary<string, string>> items) =>
        [.. items.Select(i => Canonical(i.Select(p => (p.Key, p.Value))))];

    private static string Canonical(IEnumerable<(string Name, string Value)> fields) =>
        string.Join("|", fields.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => $"{f.Name}={f.Value}"));
}
