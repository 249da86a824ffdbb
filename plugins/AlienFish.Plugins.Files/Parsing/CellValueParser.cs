using System.Globalization;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Parsing;

/// <summary>
/// Reads measured-value cells. Words the portals write in place of a number are kept as
/// qualifiers with no value, never as zero and never as NaN.
/// </summary>
internal static class CellValueParser
{
    /// <summary>What the portal grids write for 정량한계미만 and for a blank.</summary>
    private const double BelowQuantificationSentinel = 999999999;
    private const double BlankSentinel = 888888888;

    private static readonly Dictionary<string, ValueQualifier> Words =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["정량한계미만"] = ValueQualifier.BelowQuantification,
            ["불검출"] = ValueQualifier.BelowDetection,
            ["ND"] = ValueQualifier.BelowDetection,
            ["N.D."] = ValueQualifier.BelowDetection,
            ["N.D"] = ValueQualifier.BelowDetection,
            ["-"] = ValueQualifier.NotMeasured,
            ["운전정지"] = ValueQualifier.NotMeasured,
            ["장비점검"] = ValueQualifier.NotMeasured,
            ["미조사항목"] = ValueQualifier.NotMeasured,
            ["분석중"] = ValueQualifier.NotMeasured,
            ["결측"] = ValueQualifier.NotMeasured,
        };

    public static CellValue Parse(string text)
    {
        var trimmed = text.Trim();

        if (trimmed.Length == 0)
        {
            return new(CellValueKind.Blank, null, ValueQualifier.None, null);
        }

        if (Words.TryGetValue(trimmed, out var qualifier))
        {
            return new(CellValueKind.Qualified, null, qualifier, null);
        }

        if (trimmed[0] == '<' && TryParseNumber(trimmed[1..], out var limit))
        {
            return new(CellValueKind.Qualified, null, ValueQualifier.BelowQuantification, limit);
        }

        if (!TryParseNumber(trimmed, out var number))
        {
            return new(CellValueKind.Invalid, null, ValueQualifier.None, null);
        }

        return number switch
        {
            BelowQuantificationSentinel =>
                new(CellValueKind.Qualified, null, ValueQualifier.BelowQuantification, null),
            BlankSentinel => new(CellValueKind.Blank, null, ValueQualifier.None, null),
            _ => new(CellValueKind.Number, number, ValueQualifier.None, null),
        };
    }

    /// <summary>
    /// An invariant, finite number. Thousands separators are dropped, since a workbook view
    /// may show 13,000 where the CSV has 13000; the CSV structure was split before this.
    /// </summary>
    public static bool TryParseNumber(string text, out double value)
    {
        var plain = text.Trim().Replace(",", "", StringComparison.Ordinal);

        return double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>A whole number, also when a workbook wrote it as <c>2016.0</c>.</summary>
    public static bool TryParseWhole(string text, out int value)
    {
        value = 0;

        if (!TryParseNumber(text, out var number)
            || number != Math.Floor(number)
            || number is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        value = (int)number;

        return true;
    }

    /// <summary>The leading digits of a round such as <c>1</c>, <c>1회차</c> or <c>2차</c>.</summary>
    public static bool TryParseRound(string text, out int round)
    {
        var trimmed = text.Trim();
        var digits = 0;

        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
        {
            digits++;
        }

        if (digits == trimmed.Length)
        {
            return TryParseWhole(trimmed, out round);
        }

        return int.TryParse(trimmed.AsSpan(0, digits), CultureInfo.InvariantCulture, out round);
    }
}
