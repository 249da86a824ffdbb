namespace AlienFish.Plugins.Files.Taxonomy;

/// <summary>
/// Reduces a 학명 to its binomial: <c>Lepomis macrochirus Rafinesque</c> and
/// <c>Zacco koreanus Kim, Oh and Hosoya</c> lose their authors, and a subspecies such as
/// <c>Opsariichthys uncirostris amurensis</c> is keyed on its species. A name that leaves the
/// species open (<c>Lepomis sp.</c>, <c>Lepomis cf. macrochirus</c>) names none.
/// </summary>
internal static class ScientificName
{
    private static readonly HashSet<string> OpenNames =
        new(["sp", "sp.", "spp", "spp.", "cf", "cf.", "aff", "aff.", "indet", "indet."], StringComparer.Ordinal);

    /// <summary>
    /// Words of an author's name that look like an epithet: <c>Temminck and Schlegel</c>,
    /// <c>Kim et al.</c>.
    /// </summary>
    private static readonly HashSet<string> AuthorWords =
        new(["and", "et", "von", "van", "de", "der", "du", "la", "le", "in", "ex"], StringComparer.Ordinal);

    /// <summary>Genus and species, or null when the text does not start with both.</summary>
    public static string? Binomial(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

        if (words.Length < 2 || !IsGenus(words[0]) || !IsEpithet(words[1]) || OpenNames.Contains(words[1])
            || AuthorWords.Contains(words[1]))
        {
            return null;
        }

        var genus = char.ToUpperInvariant(words[0][0]) + words[0][1..].ToLowerInvariant();

        return $"{genus} {words[1]}";
    }

    private static bool IsGenus(string word) => word.All(char.IsAsciiLetter);

    private static bool IsEpithet(string word) =>
        char.IsAsciiLetterLower(word[0]) && word.All(c => char.IsAsciiLetterLower(c) || c is '-' or '.');
}
