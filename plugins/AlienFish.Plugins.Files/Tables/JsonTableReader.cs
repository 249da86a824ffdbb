using System.Globalization;
using System.Text.Json;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tables;

/// <summary>
/// Reads an Open API answer saved as JSON, such as <c>getWaterMeasuringList</c>:
/// <c>{"getWaterMeasuringList":{"header":{"code":"00",…},"item":[…],"totalCount":…}}</c>.
/// Its items may sit under <c>item</c>, <c>items</c> or <c>items.item</c> (the portal's own
/// pages answer <c>{"list":[…]}</c>, and a dataset saved with its description holds
/// <c>{"source":{…},"records":[…]}</c>; both are read the same way), and a single
/// item may be an object instead of an array (the answer was converted from XML). A header
/// whose code is not <c>00</c>, and the <c>OpenAPI_ServiceResponse</c> envelope, are error
/// answers: they are refused with the reason the answer gives.
/// </summary>
internal static class JsonTableReader
{
    private const int SearchDepth = 4;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    private static readonly string[] HolderNames = ["item", "items", "list", "records"];

    public static Table Read(string text, string fileName, List<Diagnostic> problems)
    {
        JsonDocument document;

        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            throw FileErrors.BrokenApiAnswer(fileName, "JSON", ex.Message);
        }

        using (document)
        {
            var root = document.RootElement;

            CheckForError(root, fileName);

            // A saved list of records with no envelope at all is read as the items themselves.
            var holder = root.ValueKind == JsonValueKind.Array ? null : FindItemHolder(root, SearchDepth);
            var entries = root.ValueKind == JsonValueKind.Array
                ? root
                : holder is null ? (JsonElement?)null : Entries(holder.Value);
            var items = entries is { } found ? List(found) : [];

            if (entries is { ValueKind: JsonValueKind.Array } array)
            {
                NoteNonRecords(array, fileName, problems);
            }

            if (items.Count == 0 && holder is { } dataset && Property(dataset, "records") is { } records)
            {
                throw FileErrors.NoRecords(
                    fileName, records.ValueKind == JsonValueKind.Array ? records.GetArrayLength() : 0);
            }

            // A page with nothing to give may carry no item field at all, only totalCount 0.
            if (items.Count == 0 && holder is null && !SaysNothingMatched(root, SearchDepth))
            {
                throw FileErrors.NoApiItems(fileName);
            }

            if (items.Count == 0)
            {
                problems.Add(ApiReasons.EmptyPage(fileName));
                return ApiItems.EmptyMeasurements();
            }

            if (holder is not null)
            {
                NotePartialPage(holder.Value, items.Count, fileName, problems);
            }

            return ApiItems.ToTable(items);
        }
    }

    private static void CheckForError(JsonElement root, string fileName)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (root.TryGetProperty("OpenAPI_ServiceResponse", out var service))
        {
            var header = Property(service, "cmmMsgHeader") ?? service;

            throw FileErrors.ApiError(fileName, ApiReasons.Describe(
                Text(header, "errMsg"), Text(header, "returnAuthMsg"), Text(header, "returnReasonCode")));
        }

        var result = FindHeader(root, SearchDepth);

        if (result is not null)
        {
            var code = Text(result.Value, "resultCode") ?? Text(result.Value, "code");

            if (code is not null && code.Trim() != "00")
            {
                var message = Text(result.Value, "resultMsg") ?? Text(result.Value, "message");

                throw FileErrors.ApiError(fileName, ApiReasons.Describe(message, null, code.Trim()));
            }
        }
    }

    /// <summary>The first object, breadth first, with a <c>header</c> holding a code.</summary>
    private static JsonElement? FindHeader(JsonElement element, int depth)
    {
        var header = Property(element, "header");

        if (header is not null && (Text(header.Value, "resultCode") ?? Text(header.Value, "code")) is not null)
        {
            return header;
        }

        return depth == 0
            ? null
            : Children(element).Select(c => FindHeader(c, depth - 1)).FirstOrDefault(h => h is not null);
    }

    /// <summary>The object whose <c>item</c> (or <c>items</c>) holds the items.</summary>
    private static JsonElement? FindItemHolder(JsonElement element, int depth)
    {
        if (HolderNames.Any(name => Property(element, name) is not null))
        {
            return element;
        }

        return depth == 0
            ? null
            : Children(element).Select(c => FindItemHolder(c, depth - 1)).FirstOrDefault(h => h is not null);
    }

    /// <summary>The array of items under the holder, or the one item given as an object.</summary>
    private static JsonElement Entries(JsonElement holder)
    {
        var items = HolderNames.Select(name => Property(holder, name)).First(p => p is not null)!.Value;

        return items.ValueKind == JsonValueKind.Object && Property(items, "item") is { } nested ? nested : items;
    }

    private static List<IReadOnlyList<(string, string)>> List(JsonElement items) =>
        items.ValueKind switch
        {
            JsonValueKind.Array =>
                [.. items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(Fields)],
            JsonValueKind.Object => [Fields(items)],
            _ => [],
        };

    /// <summary>Entries of the item array that are not objects hold no record: they are skipped and counted.</summary>
    private static void NoteNonRecords(JsonElement array, string fileName, List<Diagnostic> problems)
    {
        var entries = array.EnumerateArray().ToList();
        var others = entries.Where(e => e.ValueKind != JsonValueKind.Object).ToList();

        if (others.Count == 0)
        {
            return;
        }

        var first = entries.FindIndex(e => e.ValueKind != JsonValueKind.Object) + 1;
        var count = others.Count == 1 ? "1 entry" : $"{others.Count} entries";

        problems.Add(new Diagnostic(
            DiagnosticSeverity.Warning,
            DiagnosticCodes.NotARecord,
            $"{count} of the list of records {(others.Count == 1 ? "is" : "are")} not a record (an object of "
            + $"fields) and {(others.Count == 1 ? "was" : "were")} skipped; the first is entry {first}, "
            + $"{others[0].ValueKind.ToString().ToLowerInvariant()}",
            new SourceLocation(fileName, null, first + 1, null),
            Truncated(others[0].GetRawText())));
    }

    private static string Truncated(string text) => text.Length <= 80 ? text : text[..77] + "...";

    private static IReadOnlyList<(string, string)> Fields(JsonElement item) =>
        [.. item.EnumerateObject().Select(p => (p.Name, Value(p.Value)))];

    private static bool SaysNothingMatched(JsonElement element, int depth)
    {
        if (element.ValueKind != JsonValueKind.Object || depth < 0)
        {
            return false;
        }

        if (Text(element, "totalCount") is { } total)
        {
            return total.Trim() == "0";
        }

        return Children(element).Any(child => SaysNothingMatched(child, depth - 1));
    }

    private static void NotePartialPage(JsonElement holder, int count, string fileName, List<Diagnostic> problems)
    {
        var total = Text(holder, "totalCount") ?? Text(Property(holder, "body") ?? holder, "totalCount");

        if (int.TryParse(total, NumberStyles.Integer, CultureInfo.InvariantCulture, out var totalCount)
            && totalCount > count)
        {
            problems.Add(ApiReasons.PartialPage(fileName, count, totalCount, Text(holder, "pageNo")));
        }
    }

    private static IEnumerable<JsonElement> Children(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().Select(p => p.Value).Where(v => v.ValueKind is JsonValueKind.Object)
            : [];

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : null;

    private static string? Text(JsonElement element, string name) =>
        Property(element, name) is { } value && value.ValueKind != JsonValueKind.Null ? Value(value) : null;

    private static string Value(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? "",
            JsonValueKind.Null => "",
            _ => value.GetRawText(),
        };
}
