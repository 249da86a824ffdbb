using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace AlienFish.Plugins.OpenApi;

/// <summary>
/// Tells what a response body is. The API answers in several shapes, whatever was asked:
/// <list type="bullet">
/// <item>data as <c>{"getWaterMeasuringList":{"header":{"code":"00"},"item":[…],"totalCount":…}}</c>, where a
/// single item may be an object instead of an array and numbers may be strings;</item>
/// <item>data or errors as <c>{"response":{"header":{"resultCode":"30"},"body":{…}}}</c>, or the same in XML;</item>
/// <item>gateway errors as <c>OpenAPI_ServiceResponse/cmmMsgHeader/returnReasonCode</c>, usually in XML
/// even when JSON was asked for;</item>
/// <item>and, when something in front of the API breaks, an HTML page or an empty body.</item>
/// </list>
/// Only the paging numbers and the items are read here; the values are the file sources' job.
/// </summary>
internal static class ResponseReader
{
    private const string GatewayEnvelope = "OpenAPI_ServiceResponse";

    public static ApiAnswer Read(HttpStatusCode status, ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');

        var answer = text.Length == 0 ? ApiAnswer.Transient("an empty body")
            : text[0] is '{' or '[' ? ReadJson(text)
            : text[0] == '<' ? ReadXml(text)
            : ApiAnswer.Transient("a body that is neither JSON nor XML");

        return ((int)status) switch
        {
            >= 200 and < 300 => answer,
            _ when answer.Kind is AnswerKind.KeyRejected or AnswerKind.QuotaExceeded => answer,
            401 or 403 => new ApiAnswer(AnswerKind.KeyRejected, $"HTTP {(int)status}", $"{(int)status}", null),
            >= 500 or 408 or 429 => ApiAnswer.Transient($"HTTP {(int)status} ({status})", $"{(int)status}"),
            _ => new ApiAnswer(AnswerKind.UnknownShape, $"HTTP {(int)status} ({status})", $"{(int)status}", null),
        };
    }

    private static ApiAnswer ReadJson(string text)
    {
        JsonDocument document;

        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            // A body cut off by a dropped connection is the usual cause.
            return ApiAnswer.Transient("a body that is not valid JSON");
        }

        using (document)
        {
            return ReadJsonEnvelope(document.RootElement);
        }
    }

    private static ApiAnswer ReadJsonEnvelope(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.EnumerateObject().Any())
        {
            return Unknown("a JSON " + root.ValueKind.ToString().ToLowerInvariant());
        }

        var envelope = root.EnumerateObject().First();

        if (envelope.Name == GatewayEnvelope)
        {
            var header = Child(envelope.Value, "cmmMsgHeader") ?? envelope.Value;

            return Gateway(Text(header, "returnReasonCode"), Text(header, "returnAuthMsg"), Text(header, "errMsg"));
        }

        // Either {"response":{"header":…,"body":…}} or {"<operation>":{"header":…,"item":…}}.
        var container = envelope.Value;
        var head = Child(container, "header");
        var body = Child(container, "body") ?? container;
        var code = head is { } h ? Text(h, "resultCode") ?? Text(h, "code") : null;
        var message = head is { } m ? Text(m, "resultMsg") ?? Text(m, "message") : null;

        if (head is null && Child(body, "totalCount") is null && Child(body, "item") is null)
        {
            return Unknown($"JSON whose top-level member is '{envelope.Name}'");
        }

        var page = new ApiPage(".json", Count(body), JsonItems(body));

        return WithCode(code, message, page);
    }

    private static ApiAnswer ReadXml(string text)
    {
        XDocument document;

        try
        {
            document = XDocument.Parse(text);
        }
        catch (XmlException)
        {
            return text.Contains("<html", StringComparison.OrdinalIgnoreCase)
                ? ApiAnswer.Transient("an HTML page instead of data")
                : ApiAnswer.Transient("a body that is not well-formed XML");
        }

        var root = document.Root!;
        var name = root.Name.LocalName;

        if (name.Equals("html", StringComparison.OrdinalIgnoreCase))
        {
            return ApiAnswer.Transient("an HTML page instead of data");
        }

        if (name == GatewayEnvelope)
        {
            var header = root.Element("cmmMsgHeader") ?? root;

            return Gateway(Value(header, "returnReasonCode"), Value(header, "returnAuthMsg"), Value(header, "errMsg"));
        }

        if (name != "response")
        {
            return Unknown($"XML whose root element is <{name}>");
        }

        var body = root.Element("body");
        var items = body?.Element("items")?.Elements("item") ?? [];
        var page = new ApiPage(".xml", ParseCount(Value(body, "totalCount")), [.. items.Select(XmlItem)]);

        return WithCode(Value(root.Element("header"), "resultCode"), Value(root.Element("header"), "resultMsg"), page);
    }

    /// <summary>
    /// The data.go.kr result codes: 00 normal and 03 no data are pages; key, quota and
    /// request errors cannot be cured by asking again; the rest (01 application, 02 database,
    /// 04 HTTP, 05 timeout, 99 unknown) are the server's trouble and worth a retry.
    /// </summary>
    private static ApiAnswer WithCode(string? code, string? message, ApiPage page)
    {
        var reason = string.IsNullOrWhiteSpace(message) ? "result code " + code : message.Trim();

        return code?.Trim() switch
        {
            null or "" or "00" => ApiAnswer.Data(page),
            "03" => ApiAnswer.Data(page with { TotalCount = page.TotalCount ?? 0 }),
            var c => Classified(c, reason),
        };
    }

    private static ApiAnswer Gateway(string? code, string? authMessage, string? errorMessage)
    {
        var reason = new[] { authMessage, errorMessage }.FirstOrDefault(m => !string.IsNullOrWhiteSpace(m));

        return Classified(code?.Trim() ?? "", reason?.Trim() ?? "an error without a message");
    }

    private static ApiAnswer Classified(string code, string reason)
    {
        var kind = code switch
        {
            "20" or "21" or "30" or "31" or "32" or "33" => AnswerKind.KeyRejected,
            "22" => AnswerKind.QuotaExceeded,
            "10" or "11" or "12" => AnswerKind.Refused,
            _ => AnswerKind.Transient,
        };

        return new ApiAnswer(kind, reason, code, null);
    }

    private static ApiAnswer Unknown(string what) => new(AnswerKind.UnknownShape, what, "", null);

    private static int? Count(JsonElement body) => Child(body, "totalCount") is { } count
        ? count.ValueKind == JsonValueKind.Number && count.TryGetInt32(out var n) ? n : ParseCount(Text(count))
        : null;

    // Counts come as numbers or as strings, sometimes padded.
    private static int? ParseCount(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static List<IReadOnlyDictionary<string, string>> JsonItems(JsonElement body)
    {
        var items = Child(body, "item") ?? (Child(body, "items") is { } list ? Child(list, "item") ?? list : null);

        return items switch
        {
            { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(IsObject).Select(JsonItem)],
            { ValueKind: JsonValueKind.Object } single => [JsonItem(single)],
            _ => [],
        };
    }

    private static bool IsObject(JsonElement element) => element.ValueKind == JsonValueKind.Object;

    private static Dictionary<string, string> JsonItem(JsonElement item) =>
        Fields(item.EnumerateObject().Select(p => (p.Name, Text(p.Value))));

    private static Dictionary<string, string> XmlItem(XElement item) =>
        Fields(item.Elements().Select(e => (e.Name.LocalName, e.Value)));

    // A field named twice keeps its last value, as a JSON reader in a browser would.
    private static Dictionary<string, string> Fields(IEnumerable<(string Name, string Value)> fields)
    {
        var item = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var (name, value) in fields)
        {
            item[name] = value;
        }

        return item;
    }

    private static JsonElement? Child(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var child) ? child : null;

    private static string? Text(JsonElement parent, string name) => Child(parent, name) is { } c ? Text(c) : null;

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => value.GetRawText(),
    };

    private static string? Value(XElement? parent, string name) => parent?.Element(name)?.Value;
}
