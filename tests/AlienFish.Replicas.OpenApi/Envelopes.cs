using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml.Linq;

namespace AlienFish.Replicas.OpenApi;

/// <summary>The bodies the real service writes, byte for byte in shape if not in whitespace.</summary>
internal static class Envelopes
{
    public const string Json = "application/json;charset=UTF-8";

    public const string Xml = "text/xml;charset=UTF-8";

    public const string Html = "text/html;charset=UTF-8";

    // Korean names stay readable in the body, as the real service writes them.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// <c>{"op":{"header":{"code":"00","message":"NORMAL SERVICE"},"item":[…],"numOfRows":…,"pageNo":…,
    /// "totalCount":…}}</c>; no <c>item</c> at all on an empty page.
    /// </summary>
    public static ReplicaAnswer JsonPage(
        string operation, IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> items, Paging paging,
        ReplicaOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartObject(operation);
            json.WriteStartObject("header");
            json.WriteString("code", "00");
            json.WriteString("message", "NORMAL SERVICE");
            json.WriteEndObject();

            if (items.Count == 1 && options.SingleItemAsObject)
            {
                json.WritePropertyName("item");
                WriteItem(json, items[0]);
            }
            else if (items.Count > 0)
            {
                json.WriteStartArray("item");
                foreach (var item in items)
                {
                    WriteItem(json, item);
                }

                json.WriteEndArray();
            }

            WriteCount(json, "numOfRows", paging.NumOfRows, options);
            WriteCount(json, "pageNo", paging.PageNo, options);
            WriteCount(json, "totalCount", paging.TotalCount, options);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return new ReplicaAnswer(200, Json, buffer.ToArray());
    }

    /// <summary>The service's default XML: <c>response/header</c> and <c>response/body/items/item</c>.</summary>
    public static ReplicaAnswer XmlPage(IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> items, Paging paging)
    {
        var body = new XElement(
            "body",
            new XElement("items", items.Select(i => new XElement("item", i.Select(f => new XElement(f.Key, f.Value))))),
            new XElement("numOfRows", paging.NumOfRows),
            new XElement("pageNo", paging.PageNo),
            new XElement("totalCount", paging.TotalCount));

        var response = new XElement("response", Header("00", "NORMAL SERVICE."), body);

        return new ReplicaAnswer(200, Xml, XmlBytes(response));
    }

    /// <summary>The gateway envelope of key and service errors, e.g. 30 SERVICE_KEY_IS_NOT_REGISTERED_ERROR.</summary>
    public static ReplicaAnswer Gateway(string code, string authMessage, bool asJson)
    {
        if (!asJson)
        {
            var header = new XElement(
                "cmmMsgHeader",
                new XElement("errMsg", "SERVICE ERROR"),
                new XElement("returnAuthMsg", authMessage),
                new XElement("returnReasonCode", code));

            return new ReplicaAnswer(200, Xml, XmlBytes(new XElement("OpenAPI_ServiceResponse", header)));
        }

        var envelope = Nest("OpenAPI_ServiceResponse", Nest("cmmMsgHeader", new Dictionary<string, object>
        {
            ["errMsg"] = "SERVICE ERROR",
            ["returnAuthMsg"] = authMessage,
            ["returnReasonCode"] = code,
        }));

        return new ReplicaAnswer(200, Json, JsonSerializer.SerializeToUtf8Bytes(envelope));
    }

    /// <summary><c>{"response":{"header":{"resultCode":…,"resultMsg":…}}}</c>, or its XML twin.</summary>
    public static ReplicaAnswer HeaderOnly(string code, string message, bool asJson) => asJson
        ? new ReplicaAnswer(200, Json, JsonSerializer.SerializeToUtf8Bytes(Nest("response", Nest("header", new()
        {
            ["resultCode"] = code,
            ["resultMsg"] = message,
        }))))
        : new ReplicaAnswer(200, Xml, XmlBytes(new XElement("response", Header(code, message))));

    public static ReplicaAnswer HtmlPage(int status, string title) => new(
        status,
        Html,
        Encoding.UTF8.GetBytes(
            $"<!DOCTYPE html>\n<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>\n"));

    private static Dictionary<string, object> Nest(string name, Dictionary<string, object> inner) =>
        new() { [name] = inner };

    private static XElement Header(string code, string message) =>
        new("header", new XElement("resultCode", code), new XElement("resultMsg", message));

    private static void WriteItem(Utf8JsonWriter json, IReadOnlyList<KeyValuePair<string, string>> item)
    {
        json.WriteStartObject();
        foreach (var (name, value) in item)
        {
            json.WriteString(name, value);
        }

        json.WriteEndObject();
    }

    private static void WriteCount(Utf8JsonWriter json, string name, int value, ReplicaOptions options)
    {
        if (options.CountsAsStrings)
        {
            json.WriteString(name, value.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNumber(name, value);
        }
    }

    private static byte[] XmlBytes(XElement root) =>
        Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + root);
}
