using System.Globalization;

namespace AlienFish.Plugins.Portal.Planning;

/// <summary>
/// The period one search covers: from a year and part to a year and part, where the part
/// is the survey round (회차) for fish and the month for water quality.
/// </summary>
internal sealed record BatchPeriod(int FromYear, int FromPart, int ToYear, int ToPart)
{
    /// <summary>
    /// The bio search runs from one year and round to another, so both rounds of a span are
    /// one search; a single round over several years needs one search per year, or the
    /// other round of the years between would come along.
    /// </summary>
    public static IReadOnlyList<BatchPeriod> ForFish(int fromYear, int toYear, IReadOnlyList<int> rounds)
    {
        var wanted = rounds.Count == 0 ? [1, 2] : rounds.Distinct().Order().ToList();

        if (wanted.SequenceEqual([1, 2]))
        {
            return [new BatchPeriod(fromYear, 1, toYear, 2)];
        }

        return Enumerable.Range(fromYear, toYear - fromYear + 1)
            .Select(y => new BatchPeriod(y, wanted[0], y, wanted[0]))
            .ToList();
    }

    public static IReadOnlyList<BatchPeriod> ForWaterQuality(int fromYear, int toYear) =>
        [new BatchPeriod(fromYear, 1, toYear, 12)];

    public string Years => FromYear == ToYear ? Text(FromYear) : Text(FromYear) + "-" + Text(ToYear);

    public string Parts(string format) =>
        FromPart == ToPart ? Text(FromPart, format) : Text(FromPart, format) + "-" + Text(ToPart, format);

    private static string Text(int value, string format = "0") => value.ToString(format, CultureInfo.InvariantCulture);
}
