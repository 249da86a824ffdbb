using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace AlienFish.Testing;

/// <summary>The report read back as XML: it is written well-formed so that tests can walk it.</summary>
internal static class ReportHtml
{
    public static XDocument Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(new StringReader(html), settings);

        return XDocument.Load(reader);
    }

    /// <summary>Every inline SVG plot of one kind, in page order.</summary>
    public static List<XElement> Plots(XDocument page, string kind) =>
        page.Descendants("svg").Where(s => (string?)s.Attribute("data-plot") == kind).ToList();

    public static List<XElement> Shapes(XElement plot, string name, string cssClass) =>
        plot.Descendants(name).Where(e => (string?)e.Attribute("class") == cssClass).ToList();

    public static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    public static string Tooltip(XElement element) => element.Element("title")!.Value;
}
