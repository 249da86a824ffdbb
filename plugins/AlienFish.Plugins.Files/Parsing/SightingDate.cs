using System.Globalization;
using System.Text.RegularExpressions;

namespace AlienFish.Plugins.Files.Parsing;

/// <summary>
/// The day of a sighting as occurrence records write it: a date in any form the portals use
/// (<c>2016/01/04</c>), an ISO stamp (<c>2019-05-12T10:00:00</c>), or a Darwin Core
/// <c>eventDate</c> that is only a month, a year or a range (<c>2021-07</c>,
/// <c>2020-06-01/2020-06-30</c>, <c>2019/2020</c>): a range is taken at its start, and a
/// form without a day gives its year alone.
/// </summary>
internal static partial class SightingDate
{
    /// <param name="Date">The day, when the text gives one.</param>
    /// <param name="Year">The year the text gives, with or without a day.</param>
    /// <param name="Readable">False for text that is no date form, even when a year could be read from it.</param>
    public readonly record struct Reading(DateOnly? Date, int? Year, bool Readable);

    public static Reading Parse(string text)
    {
        var trimmed = text.Trim();

        if (DateText.TryParseDate(trimmed, out var date))
        {
            return new(date, date.Year, true);
        }

        var start = trimmed.Split('T', ' ')[0];

        if (DateText.TryParseDate(start, out date) || DateText.TryParseDate(start.Split('/')[0], out date))
        {
            return new(date, date.Year, true);
        }

        if (Partial().IsMatch(trimmed))
        {
            return new(null, LeadingYear(trimmed), true);
        }

        return new(null, LeadingYear(trimmed), false);
    }

    private static int? LeadingYear(string text) =>
        text.Length >= 4
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && (text.Length == 4 || !char.IsAsciiDigit(text[4]))
            ? year
            : null;

    /// <summary>A year or year-month, alone or as a range.</summary>
    [GeneratedRegex(@"^\d{4}(-\d{1,2})?(/\d{4}(-\d{1,2})?)?$")]
    private static partial Regex Partial();
}
