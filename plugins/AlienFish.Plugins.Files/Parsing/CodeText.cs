using System.Text.RegularExpressions;

namespace AlienFish.Plugins.Files.Parsing;

/// <summary>
/// Station and reach codes are text: <c>0301A05</c> keeps its zero and a code is never
/// read as a number. A code that a spreadsheet turned into a number in scientific
/// notation (<c>1.2E+11</c>) has lost its digits for good, which only the user can mend.
/// </summary>
internal static partial class CodeText
{
    public static bool LooksScientific(string code) => Scientific().IsMatch(code);

    [GeneratedRegex(@"^[-+]?\d+(?:\.\d+)?[eE][-+]?\d+$")]
    private static partial Regex Scientific();
}
