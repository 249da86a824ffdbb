using System.Globalization;

namespace AlienFish.Plugins.Nearest;

/// <summary>
/// A meteorological season: spring is March to May, summer June to August, autumn September
/// to November, and winter December to February. A winter spans the change of year and
/// belongs to both: winter 2015/2016 runs from 1 December 2015 to 29 February 2016.
/// </summary>
internal sealed record Season(string Name, DateOnly First, DateOnly Last)
{
    /// <summary>How the season is named in messages, e.g. <c>spring 2016 (2016-03-01 to 2016-05-31)</c>.</summary>
    public string Describe() =>
        string.Format(CultureInfo.InvariantCulture, "{0} ({1:yyyy-MM-dd} to {2:yyyy-MM-dd})", Name, First, Last);

    /// <summary>The season a day falls in; a December day opens the winter of the next January.</summary>
    public static Season Containing(DateOnly day) =>
        day.Month switch
        {
            >= 3 and <= 5 => Spring(day.Year),
            >= 6 and <= 8 => Summer(day.Year),
            >= 9 and <= 11 => Autumn(day.Year),
            12 => Winter(day.Year + 1),
            _ => Winter(day.Year),
        };

    /// <summary>
    /// The season of a survey round (회차) when the survey has no date: fish are surveyed
    /// twice a year, round 1 in spring and round 2 in autumn. Other rounds have no season.
    /// </summary>
    public static Season? OfRound(int year, int round) =>
        round switch
        {
            1 => Spring(year),
            2 => Autumn(year),
            _ => null,
        };

    private static Season Spring(int year) => Months("spring", year, 3, 5);

    private static Season Summer(int year) => Months("summer", year, 6, 8);

    private static Season Autumn(int year) => Months("autumn", year, 9, 11);

    /// <summary>The winter whose January and February lie in <paramref name="year"/>.</summary>
    private static Season Winter(int year)
    {
        var last = new DateOnly(year, 3, 1).AddDays(-1);
        var name = string.Create(CultureInfo.InvariantCulture, $"winter {year - 1}/{year}");

        return new Season(name, new DateOnly(year - 1, 12, 1), last);
    }

    private static Season Months(string name, int year, int firstMonth, int lastMonth)
    {
        var first = new DateOnly(year, firstMonth, 1);
        var last = new DateOnly(year, lastMonth, 1).AddMonths(1).AddDays(-1);

        return new Season(string.Create(CultureInfo.InvariantCulture, $"{name} {year}"), first, last);
    }
}
