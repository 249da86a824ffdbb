using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tables;

/// <summary>
/// Reads an Open API answer saved as XML: <c>&lt;response&gt;&lt;header&gt;&lt;resultCode&gt;00…</c>
/// with the fields of each <c>&lt;item&gt;</c> as child elements. An <c>OpenAPI_ServiceResponse</c>
/// envelope, or a result code other than <c>00</c>, is an error answer and is refused with its
/// reason. Document type definitions are refused, so a file can make no reader fetch anything.
/// </summary>
internal static class XmlTableReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
    };

    public static Table Read(string text, string fileName, List<Diagnostic> problems)
    {
        XDocument document;

        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);

            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw FileErrors.BrokenApiAnswer(fileName, "XML", ex.Message);
        }

        CheckForError(document, fileName);

        var items = document.Descendants().Where(e => e.Name.LocalName == "item").ToList();

        var total = First(document, "totalCount");

        if (items.Count == 0 && total?.Trim() == "0")
        {
            problems.Add(ApiReasons.EmptyPage(fileName));
            return ApiItems.EmptyMeasurements();
        }

        if (items.Count == 0)
        {
            throw FileErrors.NoApiItems(fileName);
        }

        if (int.TryParse(total, NumberStyles.Integer, CultureInfo.InvariantCulture, out var totalCount)
            && totalCount > items.Count)
        {
            problems.Add(ApiReasons.PartialPage(fileName, items.Count, totalCount, First(document, "pageNo")));
        }

        return ApiItems.ToTable([.. items.Select(Fields)]);
    }

    private static void CheckForError(XDocument document, string fileName)
    {
        if (document.Root?.Name.LocalName == "OpenAPI_ServiceResponse")
        {
            var reason = ApiReasons.Describe(
                First(document, "errMsg"), First(document, "returnAuthMsg"), First(document, "returnReasonCode"));

            throw FileErrors.ApiError(fileName, reason);
        }

        var code = First(document, "resultCode");

        if (code is not null && code.Trim() != "00")
        {
            throw FileErrors.ApiError(fileName, ApiReasons.Describe(First(document, "resultMsg"), null, code));
        }
    }

    private static IReadOnlyList<(string, string)> Fields(XElement item) =>
        [.. item.Elements().Select(e => (e.Name.LocalName, e.Value))];

    private static string? First(XDocument document, string name) =>
        document.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
}
