using System.Globalization;
using System.Text.RegularExpressions;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Parsing;

/// <summary>
/// Reads measured-value cells. Words the portals write in place of a number are kept as
/// qualifiers with no value, never as zero and never as NaN: 정량한계미만 and the grid
/// sentinel <c>999999999</c> are below quantification, 불검출 and ND below detection, and
/// <c>&lt;0.1</c> is below quantification with the limit 0.1 (the portals print a limit
/// this way only for the quantification limit). The notes of the automatic and algae
/// networks (운전정지, 장비점검, 미조사항목, 분석중) say the item was not measured. A
/// blank cell, <c>-</c> and the blank sentinel <c>888888888</c> are missing values.
/// </summary>
internal static partial class CellValueParser
{
    /// <summary>What the portal grids write for 정량한계미만 and for a blank.</summary>
    private const double BelowQuantificationSentinel = 999999999;
    private const double BlankSentinel = 888888888;

    /// <summary>What exports write for a value that was not taken.</summary>
    private const string MissingMark = "-";

    private static readonly Dictionary<string, ValueQualifier> Words =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["정량한계미만"] = ValueQualifier.BelowQuantification,
            ["불검출"] = ValueQualifier.BelowDetection,
            ["ND"] = ValueQualifier.BelowDetection,
            ["N.D."] = ValueQualifier.BelowDetection,
            ["N.D"] = ValueQualifier.BelowDetection,
            ["운전정지"] = ValueQualifier.NotMeasured,
            ["장비점검"] = ValueQualifier.NotMeasured,
            ["미조사항목"] = ValueQualifier.NotMeasured,
            ["분석중"] = ValueQualifier.NotMeasured,
            ["결측"] = ValueQualifier.NotMeasured,
        };

    public static CellValue Parse(string text)
    {
        var trimmed = text.Trim();

        if (trimmed.Length == 0 || trimmed == MissingMark)
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
                new(CellValueKind.Sentinel, null, ValueQualifier.BelowQuantification, null),
            BlankSentinel => new(CellValueKind.Sentinel, null, ValueQualifier.None, null),
            _ => new(CellValueKind.Number, number, ValueQualifier.None, null),
        };
    }

    /// <summary>
    /// An invariant, finite number. Thousands separators are dropped, since a workbook view
    /// may show 13,000 where the CSV has 13000; the CSV structure was split before this.
    /// A comma anywhere else (<c>1,5</c>) makes the text no number rather than a guess.
    /// </summary>
    public static bool TryParseNumber(string text, out double value)
    {
        var plain = text.Trim();

        if (plain.Contains(',', StringComparison.Ordinal))
        {
            value = 0;

            if (!Grouped().IsMatch(plain))
            {
                return false;
            }

            plain = plain.Replace(",", "", StringComparison.Ordinal);
        }

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

    [GeneratedRegex(@"^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")]
    private static partial Regex Grouped();
}
