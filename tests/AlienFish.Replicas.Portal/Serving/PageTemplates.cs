using System.Net;
using System.Reflection;
using System.Text;

namespace AlienFish.Replicas.Portal.Serving;

/// <summary>The HTML pages embedded in this assembly, with their <c>{{name}}</c> holes filled.</summary>
internal static class PageTemplates
{
    public static string Render(string name, IReadOnlyDictionary<string, string> holes)
    {
        var text = Read(name);

        foreach (var (key, value) in holes)
        {
            text = text.Replace("{{" + key + "}}", value, StringComparison.Ordinal);
        }

        return text;
    }

    public static string Options(IEnumerable<string> values, Func<string, string>? label = null) =>
        string.Concat(values.Select(v =>
            $"<option value=\"{WebUtility.HtmlEncode(v)}\">{WebUtility.HtmlEncode(label?.Invoke(v) ?? v)}</option>"));

    private static string Read(string name)
    {
        var assembly = typeof(PageTemplates).Assembly;
        using var stream = assembly.GetManifestResourceStream("Pages." + name)
            ?? throw new InvalidOperationException("page template not embedded: " + name);
        using var reader = new StreamReader(stream, Encoding.UTF8);

        return reader.ReadToEnd();
    }
}
