using System.Text;

namespace AlienFish.Plugins.Files.Parsing;

/// <summary>
/// Brings header text to one form before it is looked up. NFKC folds the unit glyphs the
/// portal uses (<c>㎎</c> to <c>mg</c>, <c>℃</c> to <c>°C</c>, <c>㎥</c> to <c>m3</c>,
/// subscript digits to digits); spaces and letter case are dropped because the same
/// header is written <c>수온 (℃ )</c> in one export and <c>수온(℃)</c> in another.
/// </summary>
internal static class HeaderText
{
    public static string Normalise(string header)
    {
        var folded = header.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);

        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
