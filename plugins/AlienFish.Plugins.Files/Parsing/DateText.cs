using System.Globalization;

namespace AlienFish.Plugins.Files.Parsing;

/// <summary>The date and time forms the portals write.</summary>
internal static class DateText
{
    private static readonly string[] DateFormats =
    [
        "yyyy/MM/dd", "yyyy/M/d", "yyyy-MM-dd", "yyyy-M-d", "yyyy.MM.dd", "yyyy.M.d",
        "yyyy.MM.dd.", "yyyyMMdd", "yyyy-MM-dd HH:mm",
    ];

    private static readonly string[] MonthFormats = ["yyyy.MM", "yyyy.M", "yyyy-MM", "yyyy/MM"];

    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"];

    /// <summary>A sample date such as <c>2016/01/04</c> or <c>2018.11.01</c>.</summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        var trimmed = text.Trim();

        if (DateTime.TryParseExact(
            trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var when))
        {
            date = DateOnly.FromDateTime(when);

            return true;
        }

        date = default;

        return false;
    }

    /// <summary>A month such as <c>2025.03</c>, as the first day of that month.</summary>
    public static bool TryParseMonth(string text, out DateOnly firstDay)
    {
        var parsed = DateTime.TryParseExact(
            text.Trim(), MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var when);

        firstDay = parsed ? new DateOnly(when.Year, when.Month, 1) : default;

        return parsed;
    }

    /// <summary>
    /// A survey period written as year and round in one number, <c>20151</c> for 2015
    /// round 1, as the bio board's <c>startDate</c> does; gives the two parts as text.
    /// </summary>
    public static bool TryParseYearRound(string text, out (string Year, string Round) period)
    {
        var trimmed = text.Trim();
        var valid = trimmed.Length == 5 && trimmed.All(char.IsAsciiDigit) && trimmed[4] is '1' or '2';

        period = valid ? (trimmed[..4], trimmed[4..]) : ("", "");

        return valid;
    }

    /// <summary>
    /// The time of a date-and-time stamp such as the automatic network's <c>2024-03-01 13:00</c>;
    /// false for a date alone.
    /// </summary>
    public static bool TryParseStampTime(string text, out TimeOnly time)
    {
        var parsed = DateTime.TryParseExact(
            text.Trim(), "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var when);

        time = parsed ? TimeOnly.FromDateTime(when) : default;

        return parsed;
    }

    /// <summary>A sampling time such as <c>15:00</c> or <c>9:32</c>.</summary>
    public static bool TryParseTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(
            text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>
    /// A 조사일 written YYMMDD (<c>160420</c>), taking the century from the survey year;
    /// a workbook that stored it as a number may have dropped a leading zero. A full
    /// date form is accepted as well.
    /// </summary>
    public static bool TryParseSurveyDay(string text, int surveyYear, out DateOnly date)
    {
        var trimmed = text.Trim();

        if (CellValueParser.TryParseWhole(trimmed, out var number) && number is > 0 and < 1000000)
        {
            var digits = number.ToString("D6", CultureInfo.InvariantCulture);
            var year = (surveyYear / 100 * 100) + int.Parse(digits[..2], CultureInfo.InvariantCulture);
            var month = int.Parse(digits[2..4], CultureInfo.InvariantCulture);
            var day = int.Parse(digits[4..], CultureInfo.InvariantCulture);

            return TryBuild(year, month, day, out date);
        }

        return TryParseDate(trimmed, out date);
    }

    private static bool TryBuild(int year, int month, int day, out DateOnly date)
    {
        var valid = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

        date = valid ? new DateOnly(year, month, day) : default;

        return valid;
    }
}
