using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tables;

/// <summary>The wording shared by the JSON and XML forms of an Open API answer.</summary>
internal static class ApiReasons
{
    /// <summary>
    /// The reason an error answer gives, e.g. <c>SERVICE_KEY_IS_NOT_REGISTERED_ERROR (code 30)</c>.
    /// </summary>
    public static string Describe(string? message, string? authMessage, string? code)
    {
        var parts = new[] { message, authMessage }
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => p!.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var text = parts.Count == 0 ? "no reason given" : string.Join("; ", parts);

        return string.IsNullOrWhiteSpace(code) ? text : $"{text} (code {code.Trim()})";
    }

    public static Diagnostic PartialPage(string fileName, int count, int total, string? page) =>
        new(
            DiagnosticSeverity.Info,
            DiagnosticCodes.PartialPage,
            $"the answer holds {count} of {total} items (page {page ?? "?"}); download the other "
                + "pages too to have them all",
            new SourceLocation(fileName, null, 1, null));

    public static Diagnostic EmptyPage(string fileName) =>
        new(
            DiagnosticSeverity.Info,
            DiagnosticCodes.PartialPage,
            "the answer holds no items: the request matched no measurements",
            new SourceLocation(fileName, null, 1, null));
}
